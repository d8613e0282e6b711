import re
print(re.findall(r"\w+", "café naïve", re.ASCII))
print(re.findall(r"\d", "1٣", re.A), re.findall(r"\s", "a\u00a0b", re.A))
print(re.match("(?i)é", "É", re.A), re.match("(?i)e", "E", re.A))
print(re.compile("a", re.A).flags, re.compile("(?a)a").flags)
