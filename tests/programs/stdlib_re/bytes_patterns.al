import re
print(re.findall(rb"\w+", b"hello w\xe9rld_1"))
print(re.findall(rb"\s", b" \t\n\x1c\x85"))
print(re.match(rb"(?i)caf\xc9", b"caf\xe9"))
print(re.match(rb"(?i)abc", b"ABC"))
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.split(rb"\d", b"a1b2c"))
print(re.escape(b"a.b*c\xff"))
print(re.match(rb"\d", b"\xb2"))
