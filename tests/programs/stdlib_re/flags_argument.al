import re
print(re.findall("a", "aA", re.I), re.findall("a", "aA", flags=re.IGNORECASE))
print(re.split("a", "1a2A3", flags=re.I), re.sub("a", "-", "aA", flags=re.I))
print(re.sub("a", "-", "aAa", 1, re.I), re.subn("a", "-", "aA", 0, re.I))
print(re.match("a.", "A\n", re.I | re.S))
print(re.search("^b", "a\nb", 8))
print(re.compile("x", re.NOFLAG).flags)
