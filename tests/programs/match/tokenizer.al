# A tokenizer and recursive-descent parser driven by match statements.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        match c:
            case " " | "\t":
                i += 1
                continue
            case "+" | "-" | "*" | "/" | "(" | ")" as op:
                tokens.append(("op", op))
            case d if d.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
                continue
            case a if a.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
                continue
            case other:
                raise SyntaxError(f"bad character {other!r} at {i}")
        i += 1
    return tokens


def parse_expr(toks, pos):
    left, pos = parse_term(toks, pos)
    while True:
        match toks[pos:pos + 1]:
            case [("op", "+" | "-" as op)]:
                right, pos = parse_term(toks, pos + 1)
                left = (op, left, right)
            case _:
                return left, pos


def parse_term(toks, pos):
    left, pos = parse_atom(toks, pos)
    while True:
        match toks[pos:pos + 1]:
            case [("op", "*" | "/" as op)]:
                right, pos = parse_atom(toks, pos + 1)
                left = (op, left, right)
            case _:
                return left, pos


def parse_atom(toks, pos):
    match toks[pos:]:
        case [("num", n), *_]:
            return n, pos + 1
        case [("name", n), *_]:
            return n, pos + 1
        case [("op", "-"), *_]:
            inner, pos = parse_atom(toks, pos + 1)
            return ("neg", inner), pos
        case [("op", "("), *_]:
            inner, pos = parse_expr(toks, pos + 1)
            match toks[pos:pos + 1]:
                case [("op", ")")]:
                    return inner, pos + 1
                case _:
                    raise SyntaxError("missing )")
        case [tok, *_]:
            raise SyntaxError(f"unexpected {tok}")
        case []:
            raise SyntaxError("unexpected end")


def calc(tree, env):
    match tree:
        case int(n):
            return n
        case str(name):
            return env[name]
        case ("neg", x):
            return -calc(x, env)
        case (op, l, r):
            a, b = calc(l, env), calc(r, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a // b


for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * (y - 4) / 2", "-x + 10", "2 * (3", "7 $ 2", "4 +"]:
    try:
        toks = tokenize(src)
        tree, end = parse_expr(toks, 0)
        print(src, "=", tree, "=", calc(tree, {"x": 6, "y": 10}))
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e)
