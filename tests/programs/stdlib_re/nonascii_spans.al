import re
s = "naïve café ünïcode 中文字 x"
for m in re.finditer(r"\w+", s):
    print(m.group(), m.span(), m.start(), m.end())
print(re.search("字", s).span())
print(re.sub(r"[éï]", "_", s))
print(re.split(r"\s", s))
p = re.compile("é")
print(p.search("éaéb", 1), p.search("éaéb", 1, 2))
print(re.findall(".", "aé中😀"))
print(re.search("😀", "ab😀c").span())
