import re
print(re.search(r"(?<=abc)def", "abcdef"))
print(re.search(r"(?<=-)\w+", "spam-egg"))
print(re.findall(r"(?<!a)b", "ab cb b"))
print(re.findall(r"(?<=a|b)c", "ac bc cc"))
print(re.findall(r"(?<=\d{2})x", "1x 12x"))
print(re.search(r"(a)(?<=\1)", "ba"))
print(re.compile(r"(?<=a)b").search("ab", 1))
print(re.compile(r"(?<=a)b").search("ab", 1, 1))
print(re.findall(r"(?<=é)\w", "éaéb"))
print(re.search(r"(?<=(a))b", "ab").groups())
for p in [r"(?<=a*)b", r"(?<!a|bb)c", r"(?<=a{1,2})", r"(a*)(?<=\1)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(e, e.pos)
