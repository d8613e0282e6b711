import re
print(re.match("(a)b", "ab").lastindex)
print(re.match("((a)b)", "ab").lastindex)
print(re.match("((ab))", "ab").lastindex)
print(re.match("(a)(b)", "ab").lastindex)
print(re.match("(a)(b)?", "a").lastindex)
print(re.match("a", "a").lastindex, re.match("a", "a").lastgroup)
print(re.match("(?P<x>a)(?P<y>b)", "ab").lastgroup)
print(re.match("(?P<x>a)(b)", "ab").lastgroup)
