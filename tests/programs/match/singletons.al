# None, True and False in patterns compare by identity, so True does not
# match 1, and 1 does not match True; but the literal 1 matches True.
def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1:
            return "one"
        case _:
            return "other"


for x in [None, True, False, 0, 1, 1.0, 0.0, [], ""]:
    print(repr(x), kind(x))


def one(x):
    match x:
        case 1:
            return "== 1"
        case _:
            return "!= 1"


print(one(True), one(1.0), one(False))


def optional(pair):
    match pair:
        case (None, None):
            return "both missing"
        case (None, v) | (v, None):
            return f"one present: {v}"
        case (a, b):
            return f"both: {a}, {b}"


for p in [(None, None), (1, None), (None, 2), (3, 4), (False, None)]:
    print(p, optional(p))
