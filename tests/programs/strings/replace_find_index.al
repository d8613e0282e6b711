# replace with count; find/rfind/index/rindex with ranges; count.
s = "banana bandana"
print(s.replace("an", "AN"), s.replace("an", "AN", 2), s.replace("an", "", 0))
print(s.replace("", "-"), "abc".replace("", "|", 2), s.replace("zz", "y"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print(s.find("an"), s.find("an", 2), s.find("an", 2, 4), s.find("xyz"), s.find(""))
print(s.rfind("an"), s.rfind("an", 0, 5), s.rfind("b"), s.rfind(""), s.find("", 100))
print(s.index("band"), s.rindex("a"), s.index("a", -3), s.rindex("n", 0, -4))
print(s.count("an"), s.count("a"), s.count(""), s.count("a", 5), s.count("ana"), "".count(""))
print(s.find("a", -100), s.find("a", 100), s.rfind("a", -3, -1))
for sub in ["nab", "x"]:
    try:
        print(s.index(sub))
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
