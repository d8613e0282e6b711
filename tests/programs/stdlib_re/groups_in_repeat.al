import re
m = re.match(r"(?:(\w)(\d))+", "a1b2c3")
print(m.groups(), m.span(1), m.span(2))
m = re.match(r"(a|b)*", "abba")
print(m.group(1), m.span(1))
m = re.match(r"(?:(a)|(b))+", "ab")
print(m.groups(), m.lastindex)
m = re.match(r"(?:(a)|(b))+", "ba")
print(m.groups(), m.lastindex)
