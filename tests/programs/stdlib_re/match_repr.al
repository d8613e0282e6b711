import re
print(re.match("abc", "abcdef"))
print(repr(re.search("é+", "xééy")))
print(re.match(b"a.", b"a\x00"))
print(re.search("x+", "a" + "x" * 100))
print(re.match("", "abc"))
print(re.match("a\n", "a\n"))
