s = "a\u00e9\u20ac\U0001F600\udc80\U000E0080\uac01\u4e00\U00018B00\x80\u0378"
for enc in ("ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"):
    try:
        print(enc, s.encode(enc, "namereplace"))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
try:
    b"\xff".decode("ascii", "namereplace")
except TypeError as e:
    print("TypeError", e)
print("\N{SNOWMAN} and \N{BULLET}".encode("ascii", errors="namereplace").decode())
