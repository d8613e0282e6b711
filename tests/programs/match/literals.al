# Literal patterns compare with ==: ints, negative numbers, floats, big
# ints, strings (with implicit concatenation and escapes).
def what(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case 100000000000000000000:
            return "10**20"
        case -100000000000000000000:
            return "-10**20"
        case "":
            return "empty string"
        case "hello" " " "world":
            return "greeting"
        case "tab\there":
            return "escaped"
        case 'quote"s':
            return "quotes"
        case _:
            return f"no literal for {x!r}"


tests = [0, 0.0, -0.0, False, -1, -1.0, 1.5, 3 / 2, -2.25, 10**20, -(10**20),
         10**20 + 1, "", "hello world", "tab\there", 'quote"s', "Hello", None, [0]]
for t in tests:
    print(repr(t), "->", what(t))


def bits(n):
    match n:
        case 1:
            return "one"
        case 2:
            return "two"
    return "many"


print(bits(True), bits(2.0), bits(3))
