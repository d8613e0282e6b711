# A reverse-Polish calculator: one match per token, with guards on the
# stack shape and on token text.
def rpn(text):
    stack = []
    for tok in text.split():
        match tok, stack:
            case ("+" | "-" | "*" | "/" | "%" as op), [*rest, a, b]:
                match op:
                    case "+":
                        v = a + b
                    case "-":
                        v = a - b
                    case "*":
                        v = a * b
                    case "/" if b == 0:
                        return "error: division by zero"
                    case "/":
                        v = a / b
                    case "%":
                        v = a % b
                stack = rest + [v]
            case "neg", [*rest, a]:
                stack = rest + [-a]
            case "dup", [*_, a]:
                stack.append(a)
            case "swap", [*rest, a, b]:
                stack = rest + [b, a]
            case "clear", _:
                stack = []
            case t, _ if t.lstrip("-").isdigit():
                stack.append(int(t))
            case t, _ if t.replace(".", "", 1).isdigit():
                stack.append(float(t))
            case t, []:
                return f"error: {t!r} needs operands"
            case t, _:
                return f"error: unknown token {t!r}"
    match stack:
        case []:
            return "empty"
        case [result]:
            return result
        case [*values]:
            return f"leftover {values}"


for prog in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 0 /", "2.5 2 *", "7 neg dup *",
             "1 2 swap -", "+", "1 2 clear", "4 x", "10 3 %", "-3 2 *"]:
    print(f"{prog!r:24} -> {rpn(prog)}")
