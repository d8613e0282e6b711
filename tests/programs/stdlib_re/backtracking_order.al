import re
print(re.match("(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match("(a*)(a*)", "aaa").groups())
print(re.match("(a*?)(a*)", "aaa").groups())
print(re.match("(a+|b+)*c", "abbac").groups())
print(re.match("(a|b)*?c", "abc").groups())
print(re.match("(?:(a)|b)*", "ab").groups())
print(re.match("(?:(a)|(b))*", "abab").groups())
print(re.match(r"(\w+)\s*=\s*(.*)", "key = value ").groups())
