import re
print(re.match("(?>a+)a", "aaa"))
print(re.match("(?>a+)b", "aaab"))
print(re.match("(?>a|ab)c", "abc"))
print(re.match("(?>(?:c?c){2})", "cc"))
print(re.match("(?>(a)|(ab))c", "abc"))
print(re.search(r"(?>\w+)\d", "abc1"))
