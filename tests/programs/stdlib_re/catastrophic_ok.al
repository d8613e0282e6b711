import re
print(re.match(r"(x+x+)+y", "x" * 18))
print(re.match(r"(?>x+x+)+y", "x" * 5000))
print(re.match(r"(?:x++)+y", "x" * 5000))
print(re.search(r"\d+\.\d+", "v" * 10000 + "1.5").group())
