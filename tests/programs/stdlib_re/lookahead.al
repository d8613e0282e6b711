import re
print(re.findall(r"\w+(?=,)", "a, b, c"))
print(re.findall(r"\w+(?!,)\b", "a, b, c"))
print(re.match(r"(?=(a+))a*b\1", "baaabac"), re.search(r"(?=(a+))a*b\1", "baaabac"))
print(re.match(r"(?=(\w+))", "abc").groups())
print(re.match(r"(?!(a))b", "b").groups())
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.match(r"a(?=b)", "ac"), re.match(r"a(?!b)", "ab"))
