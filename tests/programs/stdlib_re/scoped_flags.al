import re
print(re.match("a(?i:b)c", "aBc"), re.match("a(?i:b)c", "aBC"))
print(re.match("(?i)a(?-i:b)c", "AbC"), re.match("(?i)a(?-i:b)c", "ABC"))
print(re.findall("(?m:^a)|^b", "a\nb\na"))
print(re.findall("(?s:.)(?-s:.)", "\n\na\n"))
print(re.match("(?x: a b )c", "abc"))
print(re.match("(?a:\\w)\\w", "éé"), re.match("(?a:\\w)\\w", "aé"))
print(re.compile("(?i:a)").flags)
