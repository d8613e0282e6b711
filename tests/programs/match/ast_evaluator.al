# An expression evaluator over AST classes with __match_args__: positional
# class patterns, nested class patterns, literals and guards.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(Neg(x)):
            return evaluate(x, env)
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Num(v)):
            return Num(-v)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(x):
            return Neg(simplify(x))
        case other:
            return other


exprs = [
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    BinOp("*", Num(1), BinOp("+", Var("x"), Num(0))),
    Neg(Neg(BinOp("-", Var("y"), Num(4)))),
    BinOp("/", Var("x"), Num(4)),
    BinOp("*", BinOp("+", Var("x"), Var("y")), Num(0)),
    BinOp("/", Num(1), Num(0)),
    BinOp("%", Num(1), Num(2)),
    Var("z"),
    Neg(Num(7)),
]
env = {"x": 10, "y": 3}
for e in exprs:
    s = simplify(e)
    try:
        result = evaluate(e, env)
    except (ZeroDivisionError, ValueError, NameError) as exc:
        result = f"{type(exc).__name__}: {exc}"
    print(f"{show(e):28} => {show(s):16} = {result}")
