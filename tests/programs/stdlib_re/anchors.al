import re
print(re.search("^b", "a\nb"), re.search("(?m)^b", "a\nb"))
print(re.search("a$", "a\n"), re.search("a$", "a\nb"), re.search("(?m)a$", "a\nb"))
print(re.search(r"a\Z", "a\n"), re.search(r"a\Z", "a"))
print(re.search(r"\Ab", "ab"), re.search(r"(?m)\Ab", "a\nb"))
print(re.findall("(?m)^\\w", "ab\ncd\n\nef"))
print(re.findall("(?m)$", "a\nb\n"))
print(re.findall("$", "a\n"))
print(re.sub("(?m)^", "> ", "one\ntwo\n"))
