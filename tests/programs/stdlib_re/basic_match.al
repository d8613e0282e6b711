import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(re.match("b", "abc"), re.search("b", "abc"))
print(bool(m), m.start(), m.end(), m.span())
