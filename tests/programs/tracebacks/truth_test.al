# A failing truth test is reported at the construct that tests: the
# conditional expression, `and`/`or`, `not`, a comprehension's `if`.
class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


ok = Flag(True)
print(1 if ok else 2, ok and "yes", not ok)
print([x for x in [1, 2] if Flag(x > 1)])
for expr in ["ifexp", "and", "not"]:
    try:
        if expr == "ifexp":
            print(1 if Flag(1) else 2)
        elif expr == "and":
            print(Flag(0) and 1)
        else:
            print(not Flag(None))
    except TypeError as e:
        print(expr, e)
picked = [x for x in [1, 2] if Flag("yes")]
