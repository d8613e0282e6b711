import re
print(re.match(r"\101", "A"), re.match(r"\0", "\x00"), re.match(r"\08", "\x008"))
print(re.match(r"(a)\1[8]", "aa8"))
print(re.match(r"[\101]", "A"), re.match(r"\x41\u0042\U00000043", "ABC"))
print(re.match(r"\a\f\n\r\t\v", "\a\f\n\r\t\v"))
print(re.match(r"\.\*\+\?\(\)\[\]\{\}\|\^\$", ".*+?()[]{}|^$"))
print(re.match(r"\é\ ", "é "))
