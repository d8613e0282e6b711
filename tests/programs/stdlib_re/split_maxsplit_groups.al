import re
print(re.split(r"(-)|(\+)", "a-b+c", maxsplit=1))
print(re.split(r"(-)|(\+)", "a-b+c"))
print(re.split(r"(?:-)", "a-b-c", 5))
print(re.split("(a)(b)?", "xaybz"))
print(re.compile(r"\s+").split(" a b ", 1))
