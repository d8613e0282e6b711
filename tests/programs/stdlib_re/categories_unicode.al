import re
s = "abc 123 ٣ ½ _é\u00a0\u2028x"
print(re.findall(r"\d", s))
print(re.findall(r"\w+", s))
print(re.findall(r"\s", s))
print(re.findall(r"(?a)\w+", s))
print(re.findall(r"(?a)\s", s))
print(re.findall(r"\W", "a-b c"))
print(re.findall(r"\S+", "a  bc\t d"))
print(re.findall(r"\s", "\x1c\x1d\x1e\x1f\x85"))
