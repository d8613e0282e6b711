import re
print(re.findall(r"\bfoo\b", "foo foo.bar (foo) foobar barfoo"))
print(re.findall(r"\Bfoo\B", "xfoox foo"))
print(re.search(r"\b", ""), re.search(r"\B", ""))
print(re.search(r"\B", "a"), re.search(r"\b", "a"))
print(re.findall(r"\b\w", "été déjà"))
print(re.findall(r"(?a)\b\w", "été déjà"))
print(re.findall(rb"\b\w", b"ab cd"))
print(re.compile(r"\b").search("ab", 1, 1))
