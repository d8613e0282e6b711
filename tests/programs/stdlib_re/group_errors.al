import re
m = re.match(r"(a)(?P<n>b)?", "a")
for args in [(3,), ("z",), (-1,), (1.0,), (0, 5)]:
    try:
        print(m.group(*args))
    except IndexError as e:
        print("IndexError", e)
for k in [5, "q"]:
    try:
        print(m[k])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(m.span(k))
    except IndexError as e:
        print("IndexError", e)
print(m.group(True), m.group(False))
