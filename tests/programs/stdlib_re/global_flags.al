import re
print(re.compile("(?i)a").flags, re.compile("(?m)(?s)a").flags)
print(re.compile("(?x)a b # comment").match("ab"))
print(re.compile("(?a)\\w").flags, re.compile(b"(?L)a").flags)
print(re.compile("(?iu)a").flags)
for p in ["a(?i)b", "(a(?i))", "a|(?i)b"]:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
