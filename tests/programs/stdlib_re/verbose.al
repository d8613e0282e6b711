import re
p = re.compile(r"""
    (?P<int>\d+)   # the integer part
    \.             # the dot
    (?P<frac>\d*)  # the fraction
""", re.VERBOSE)
print(p.match("3.14").groupdict())
print(re.match(r"(?x) a \  b [ ] c", "a b c"))
print(re.match(r"(?x) a * b", "aaab"))
print(re.match(r"(?x) a {2} ", "aa"))
print(re.match("(?x)a#b\nc", "ac"))
