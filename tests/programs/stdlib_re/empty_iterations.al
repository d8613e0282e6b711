import re
print(re.match("(?:a?)*b", "aab"))
print(re.match("(a?)*?b", "aab").groups())
print(re.match("(|a)*b", "aab").groups())
print(re.match("(|a)+b", "aab").groups())
print(re.match("(a|)+?b", "aab").groups())
print(re.match(r"(\b)*a", "a").groups())
print(re.match("((?=a))*a", "a").groups())
print(re.match("(?:()|a)*", "aa").groups(), re.match("(?:()|a)*", "aa").span())
