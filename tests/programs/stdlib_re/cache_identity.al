import re
print(re.compile("abc") is re.compile("abc"))
print(re.compile("abc", re.I) is re.compile("abc"))
p = re.compile("x")
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
re.purge()
print(re.compile("abc").pattern)
for i in range(600):
    re.match("a%d" % i, "a%d" % i)
print(re.match("a5", "a5").group())
