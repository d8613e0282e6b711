import re
it = re.finditer(r"\w+", "one two  three")
print(type(it).__name__)
for m in it:
    print(m.group(), m.span())
print([m.span() for m in re.finditer("", "ab")])
print([m.group() for m in re.compile("a+").finditer("baaacaa", 2, 6)])
