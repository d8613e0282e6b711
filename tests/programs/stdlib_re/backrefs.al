import re
print(re.match(r"(a+)b\1", "aabaa"), re.match(r"(a+)b\1", "aaba"))
print(re.search(r"(\w)\1", "abccd"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there"))
print(re.match(r"(a)|\1", "x"))
print(re.match(r"(a)?b\1", "b"))
print(re.findall(r"(\w+) \1", "the the cat cat dog"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj").group(10))
print(re.match(r"(?:(a)|b)\1?", "b"))
