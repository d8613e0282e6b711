import re
for repl in [r"\2", r"\g<2>", r"\g<x>", r"\g<", r"\g<1", r"\g", r"\g<>", r"\g<-1>", r"\g<1a>", r"\q", "x\\", r"\400"]:
    try:
        print(re.sub("(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [lambda m: 1, 1, b"x"]:
    try:
        print(re.sub("a", repl, "xa"))
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)
