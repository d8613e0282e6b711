import re
print(re.findall(r"\d+", "12 apples and 34 pears"))
print(re.findall(r"(\w)=(\d)", "a=1 b=2 c=x"))
print(re.findall(r"(a)|b", "abab"))
print(re.findall(r"(a)(x)?", "aa"))
print(re.findall(b"[a-c]+", b"xxabcxbb"))
print(re.findall("", "abc"))
