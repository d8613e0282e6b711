import re
s = "a" * 100000 + "b"
print(re.search("a*b", s).span())
print(len(re.findall("a", s)))
print(re.match("(?:a|b)*", s).end())
print(re.match("(a)*", s).span(1))
print(len(re.sub("a", "xy", s)))
print(re.search(r"(a+)+c", "a" * 20 + "b"))
t = "x" * 50000 + "é" + "y" * 50000
print(re.search("é", t).span(), re.search("y+$", t).span())
