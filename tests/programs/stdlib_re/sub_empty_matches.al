import re
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub("a|", "-", "baac"))
print(re.subn("x*", "-", ""))
print(re.sub("(?=b)", "^", "abab"))
