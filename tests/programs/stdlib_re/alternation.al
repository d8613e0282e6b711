import re
print(re.match("a|ab|abc", "abc").group())
print(re.match("abc|ab|a", "abc").group())
print(re.search("cat|dog", "hotdog").group())
print(re.findall("a|b|c", "abcd"))
print(re.match("(a|)", "b").groups())
print(re.match("x(?:a|b)*y", "xababy").group())
