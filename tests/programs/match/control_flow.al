# break, continue and return inside case bodies; match inside loops,
# try statements and functions; nested matches.
def first_negative(xs):
    for i, x in enumerate(xs):
        match x:
            case int(n) if n < 0:
                return i, n
            case str():
                continue
            case None:
                break
    return None


print(first_negative([1, "a", 2, -5, -6]))
print(first_negative([1, None, -1]))
print(first_negative(["x"]))

queue = [("push", 1), ("push", 2), ("pop",), ("push", 3), ("peek",), ("stop",), ("push", 9)]
stack = []
i = 0
while i < len(queue):
    op = queue[i]
    i += 1
    match op:
        case ("push", v):
            stack.append(v)
        case ("pop",):
            print("popped", stack.pop())
        case ("peek",):
            print("top", stack[-1])
            continue
        case ("stop",):
            print("stopping")
            break
    print("stack", stack)
else:
    print("ran to the end")
print("final", stack)

for attempt in [[1, 2], [1], "x", [0, 0]]:
    try:
        match attempt:
            case [a, b]:
                print("ratio", a / b)
            case [a]:
                raise ValueError(f"single {a}")
            case _:
                print("skip", attempt)
    except ZeroDivisionError:
        print("division by zero")
    except ValueError as e:
        print("ValueError", e)
    finally:
        print("done with", attempt)


def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(n) for n in range(1, 16)))


def nested(cmd):
    match cmd:
        case ("file", action):
            match action:
                case "open" | "save":
                    return f"file {action}"
                case _:
                    return "file ?"
        case ("edit", *ops):
            out = []
            for op in ops:
                match op:
                    case "undo":
                        out.append("U")
                    case "redo":
                        out.append("R")
                    case _:
                        out.append("?")
            return "".join(out)


print(nested(("file", "save")), nested(("file", "x")), nested(("edit", "undo", "redo", "cut")))
