import re
m = re.match(r"(?P<a>\w)(\w)?", "x")
print(repr(m.expand(r"[\1|\2|\g<a>|\g<0>]")))
print(m.expand(r"\n-\t"))
try:
    m.expand(r"\3")
except re.error as e:
    print(e)
try:
    m.expand(r"\g<zz>")
except IndexError as e:
    print("IndexError", e)
m = re.match(rb"(a)", b"a")
print(m.expand(rb"<\1>"))
