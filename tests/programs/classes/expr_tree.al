# An expression tree: node classes with operator overloading build the tree,
# a visitor evaluates and prints it, dispatching on the node's class name.
class Node:
    def __add__(self, o):
        return BinOp("+", self, wrap(o))

    def __radd__(self, o):
        return BinOp("+", wrap(o), self)

    def __sub__(self, o):
        return BinOp("-", self, wrap(o))

    def __rsub__(self, o):
        return BinOp("-", wrap(o), self)

    def __mul__(self, o):
        return BinOp("*", self, wrap(o))

    def __rmul__(self, o):
        return BinOp("*", wrap(o), self)

    def __truediv__(self, o):
        return BinOp("/", self, wrap(o))

    def __pow__(self, o):
        return BinOp("**", self, wrap(o))

    def __neg__(self):
        return Neg(self)


class Const(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


def wrap(v):
    return v if isinstance(v, Node) else Const(v)


class Visitor:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, None)
        if meth is None:
            raise TypeError(f"no visitor for {type(node).__name__}")
        return meth(node)


class Evaluator(Visitor):
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "**": lambda a, b: a**b,
    }

    def __init__(self, env):
        self.env = env

    def visit_Const(self, n):
        return n.value

    def visit_Var(self, n):
        try:
            return self.env[n.name]
        except KeyError:
            raise NameError(f"unbound variable {n.name}") from None

    def visit_BinOp(self, n):
        return self.ops[n.op](self.visit(n.left), self.visit(n.right))

    def visit_Neg(self, n):
        return -self.visit(n.operand)


class Printer(Visitor):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "**": 3}

    def visit_Const(self, n):
        return repr(n.value)

    def visit_Var(self, n):
        return n.name

    def visit_BinOp(self, n):
        def side(c):
            s = self.visit(c)
            if isinstance(c, BinOp) and self.prec[c.op] < self.prec[n.op]:
                return "(" + s + ")"
            return s

        return f"{side(n.left)} {n.op} {side(n.right)}"

    def visit_Neg(self, n):
        return "-" + self.visit(n.operand)


class Deriv(Visitor):
    def __init__(self, var):
        self.var = var

    def visit_Const(self, n):
        return Const(0)

    def visit_Var(self, n):
        return Const(1 if n.name == self.var else 0)

    def visit_BinOp(self, n):
        l, r = n.left, n.right
        dl, dr = self.visit(l), self.visit(r)
        if n.op in "+-":
            return BinOp(n.op, dl, dr)
        if n.op == "*":
            return dl * r + l * dr
        raise TypeError(f"cannot differentiate {n.op}")

    def visit_Neg(self, n):
        return -self.visit(n.operand)


x, y = Var("x"), Var("y")
exprs = [x * 2 + 1, 3 - y * (x + 1), (x + y) / 2, -x ** 2, 2 * x * x - y]
env = {"x": 3, "y": 4}
for e in exprs:
    print(Printer().visit(e), "=", Evaluator(env).visit(e))
d = Deriv("x").visit(2 * x * x - y)
print("d/dx:", Printer().visit(d), "=", Evaluator(env).visit(d))
try:
    Evaluator({"x": 1}).visit(x + y)
except NameError as e:
    print("NameError:", e)
try:
    Deriv("x").visit(x / y)
except TypeError as e:
    print("TypeError:", e)
try:
    Printer().visit("x")
except TypeError as e:
    print("TypeError:", e)
print(type(x + 1).__name__, type(1 + x).__name__, isinstance(-x, Node))
print(type(exprs[0]).__mro__)
