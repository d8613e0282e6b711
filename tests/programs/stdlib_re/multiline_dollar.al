import re
print(re.findall(r"\w+$", "ab\ncd\n"))
print(re.findall(r"(?m)\w+$", "ab\ncd\n"))
print(re.search(r"$", "ab\n").span(), re.search(r"\Z", "ab\n").span())
print(re.sub("$", "!", "a\n"), re.sub("(?m)$", "!", "a\nb"))
print(re.fullmatch("a$", "a\n"), re.match("a$", "a\n"))
