import re
for p in ["\\x1", "\\u12", "\\U0011ffff", "\\400", "[\\400]", "\\cX", "[\\q]", "[\\d-z]", "[a-\\d]", "[\\A]", "[\\8]", "\\g", "x{99999999999}"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), e)
    except OverflowError as e:
        print(repr(p), "OverflowError", e)
print(re.compile(b"\\u12"), "unreachable") if False else None
try:
    re.compile(b"\\u12")
except re.error as e:
    print(e)
