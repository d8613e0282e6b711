import re
p = re.compile(r"(?P<word>\w+)\s(\d)", re.M)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(type(p.groupindex).__name__)
print(re.compile(b"x").flags, re.compile("x").flags, re.compile("x", re.A).flags)
print(re.compile("(?s)x").flags, re.compile("(?x) x").pattern)
try:
    p.groupindex["word"] = 2
except TypeError as e:
    print("TypeError", e)
