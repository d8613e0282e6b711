import re
print(re.findall(r"x*", "axxb"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"a??", "aa"))
print(re.findall(r"|a", "aa"))
print(re.findall(r"a|", "aa"))
print(re.findall(r"(?=a)|a", "aa"))
