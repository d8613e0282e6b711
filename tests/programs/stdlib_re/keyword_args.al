import re
p = re.compile("a")
print(p.search(string="ba", pos=1), p.match("ab", endpos=1))
print(p.sub(repl="b", string="aa", count=1), p.split(string="bab", maxsplit=1))
print(re.sub(pattern="a", repl="b", string="a"), re.findall(pattern="a", string="aa"))
try:
    p.search()
except TypeError as e:
    print("TypeError", e)
try:
    re.match("a")
except TypeError as e:
    print("TypeError", e)
try:
    p.match("a", 0, 1, 2)
except TypeError as e:
    print("TypeError", e)
