import re
class S(str):
    pass
m = re.search("b+", S("abbc"))
print(m, type(m.string).__name__, type(m.group()).__name__)
print(re.sub("b", "x", S("abc")), re.findall("\\w", S("ab")))
print(re.compile(S("a+")).match("aa"))
