import re
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "hello world"))
print(re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"a", r"\n\t\\", "a"))
print(repr(re.sub(r"a", r"\0\08\101", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"a", r"\.\-", "a"))
print(re.sub(r"(a)", r"\g<1>0", "a"))
