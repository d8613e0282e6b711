import re
print(re.sub(r"\s+", " ", "a   b \t c"))
print(re.sub("a", "b", "aaa", count=2))
print(re.sub("a", "b", "aaa", 1))
print(re.subn("a", "b", "banana"))
print(re.sub("q", "b", "aaa"))
print(re.sub("(?i)A", "-", "aAa"))
print(re.sub(b"a", b"-", b"banana"))
