# A tiny tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif c in "+-*/()%^":
            tokens.append(("OP", c))
            i += 1
        else:
            raise ValueError(f"unexpected character {c!r} at {i}")
    tokens.append(("END", None))
    return tokens

def evaluate(src, env):
    tokens = tokenize(src)
    pos = 0
    def peek():
        return tokens[pos]
    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term():
        value = factor()
        while peek()[0] == "OP" and peek()[1] in "*/%":
            op = advance()[1]
            rhs = factor()
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value
    def factor():
        base = unary()
        if peek() == ("OP", "^"):
            advance()
            return base ** factor()
        return base
    def unary():
        if peek() == ("OP", "-"):
            advance()
            return -unary()
        return atom()
    def atom():
        kind, val = advance()
        if kind == "NUM":
            return val
        if kind == "NAME":
            return env[val]
        if (kind, val) == ("OP", "("):
            v = expr()
            advance()
            return v
        raise ValueError(f"unexpected token {val!r}")
    return expr()

print(tokenize("x1 + 2.5*(y-3)"))
env = {"x": 4, "y": 10, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "y % 3 + x / 8", "rate * (x + y)", "2 ^ 100", "10 / 4 - 1.5"]:
    print(f"{src:<16} = {evaluate(src, env)}")
for bad in ["1 + $", "2 * )", "z + 1"]:
    try:
        evaluate(bad, env)
    except (ValueError, KeyError) as e:
        print(f"{bad:<16} -> {type(e).__name__}: {e}")
