# Exceptions raised while matching (by __eq__, __getattr__, __len__, a
# guard or a body) propagate from the match statement like any other.
class Grumpy:
    def __eq__(self, other):
        raise RuntimeError(f"will not compare with {other!r}")


class Unsized(list):
    def __len__(self):
        raise TypeError("no length today")


class K:
    ONE = 1


def attempt(label, subject):
    try:
        match subject:
            case K.ONE:
                result = "one"
            case [x, y]:
                result = f"pair {x} {y}"
            case {"k": v} if 1 / v:
                result = f"k={v}"
            case _:
                result = "other"
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("grumpy", Grumpy())
attempt("unsized", Unsized([1, 2]))
attempt("zero guard", {"k": 0})
attempt("good guard", {"k": 2})
attempt("plain", [3, 4])


class L:
    k = []


try:
    match {"a": 1}:
        case {L.k: 1}:
            print("no")
except TypeError as e:
    print("TypeError:", e)


class Dup:
    a = "a"
    b = "a"


try:
    match {"a": 1, "b": 2}:
        case {Dup.a: 1, Dup.b: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

try:
    match {"a": 1}:
        case {Dup.a: 1, Dup.b: 2}:
            print("no")
        case _:
            print("the length check fails first, so no duplicate-key error")
except ValueError as e:
    print("ValueError:", e)
