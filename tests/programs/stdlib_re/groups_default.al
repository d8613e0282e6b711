import re
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups())
print(m.groups("0"))
print(m.group(2), m.span(2), m.start(2), m.end(2))
print(m.regs)
print(m[0], m[1], m[2])
