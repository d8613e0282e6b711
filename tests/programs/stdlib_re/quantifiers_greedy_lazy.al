import re
s = "<a><b><c>"
print(re.match("<.*>", s).group())
print(re.match("<.*?>", s).group())
print(re.match("a{2,3}", "aaaa").group(), re.match("a{2,3}?", "aaaa").group())
print(re.match("a{,2}", "aaa").group(), re.match("a{2,}", "aaaaa").group())
print(re.match("a{0}b", "ab"), re.match("a{3}", "aa"))
print(re.match("(ab)+?c", "ababc").groups())
print(re.match("a{1,3}?b", "aaab").group())
print(re.match("x{2}{", "xx{"))
print(re.match("a{,", "a{,").group(), re.match("a{1,b}", "a{1,b}").group())
