# Or-patterns: alternatives of literals, of sequences binding the same
# names in different orders, nested alternatives and `as` around them.
def classify(n):
    match n:
        case 0:
            return "zero"
        case 1 | 3 | 5 | 7 | 9:
            return "odd digit"
        case 2 | 4 | 6 | 8:
            return "even digit"
        case -1 | -2 | -3:
            return "small negative"
        case _:
            return "other"


print([classify(i) for i in range(-4, 12)])


def normalise(pair):
    match pair:
        case (x, "left") | ("left", x):
            return ("L", x)
        case [x, "right"] | ["right", x]:
            return ("R", x)
        case (a, b) | [a, b, _]:
            return ("?", a, b)
        case _:
            return None


for p in [(1, "left"), ("left", 2), [3, "right"], ["right", "right"], (5, 6), [7, 8, 9], (1,)]:
    print(p, normalise(p))


def colour(c):
    match c:
        case ("red" | "green" | "blue") as primary:
            return f"primary {primary}"
        case ("cyan" | "magenta" | "yellow") as secondary:
            return f"secondary {secondary}"
        case (("black" | "white") | ("grey" | "gray")) as neutral:
            return f"neutral {neutral}"
        case str(other):
            return f"unknown {other}"


for c in ["red", "yellow", "gray", "black", "mauve"]:
    print(colour(c))

match (1, (2, 3)):
    case (1, (2, x) | (x, 2)) | (2, (x, _)):
        print("x is", x)

match [4, 5]:
    case [1, y] | [y, 5]:
        print("y is", y)
