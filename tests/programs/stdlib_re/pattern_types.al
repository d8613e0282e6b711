import re
p = re.compile("a")
m = p.match("a")
print(type(p), type(m), re.Pattern, re.Match)
print(type(p) is re.Pattern, isinstance(m, re.Match))
print(re.Pattern[str], re.Match[bytes])
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError", e)
