import re
print(re.escape("http://www.python.org"))
print(re.escape("a-b_c d\te\nf"))
print(re.escape("!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"))
print(re.escape("éß中"))
print(re.escape(b"a.b"))
print(re.match(re.escape("1+1=2?"), "1+1=2?"))
