import re
def dashrepl(m):
    if m.group(0) == "-":
        return " "
    return "-"
print(re.sub("-{1,2}", dashrepl, "pro----gram-files"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub("a", lambda m: None, "banana"))
seen = []
print(re.sub(r"\w", lambda m: seen.append(m.start()) or m.group().upper(), "ab c"), seen)
print(re.subn(r"(\w)(\d)", lambda m: m.group(2) + m.group(1), "a1b2"))
