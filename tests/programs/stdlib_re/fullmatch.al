import re
print(re.fullmatch(r"a|ab", "ab"))
print(re.fullmatch(r"a*", "aaab"))
print(re.fullmatch(r"a*?", "aaa"))
print(re.compile("o[gh]").fullmatch("dog", 1))
print(re.compile("o[gh]").fullmatch("ogre", 0, 2))
print(re.fullmatch(r"(a|ab)(c|bcd)", "abcd").groups())
