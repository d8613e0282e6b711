# Guards run after the pattern binds; a failed guard leaves the names
# bound and moves on to the next case.
log = []


def check(label, result):
    log.append(label)
    return result


def grade(score):
    match score:
        case int(s) if check("a", s >= 90):
            return "A"
        case int(s) if check("b", s >= 80):
            return "B"
        case int(s) if check("c", s >= 70):
            return "C"
        case int() | float():
            return "F"
        case _:
            return "?"


for s in [95, 85, 75, 10, 66.5, "x"]:
    log.clear()
    print(s, grade(s), log)

match (3, 4):
    case (a, b) if a > b:
        print("unreachable")
    case (c, d):
        print("second case", c, d)
print("a and b stay bound:", a, b)

match [1, 2, 3]:
    case [x, *rest] if (total := sum(rest)) > 4:
        print("walrus in guard:", x, rest, total)

values = [10, -3, 0, 7, -8]
for v in values:
    match v:
        case n if n < 0:
            print(n, "negative")
        case 0:
            print("zero")
        case n if n % 2:
            print(n, "odd")
        case n:
            print(n, "even")
