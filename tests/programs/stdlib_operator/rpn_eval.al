# An expression evaluator built on operator: tokens map to operator's
# functions (binary, unary, comparisons), a shunting-yard parser produces
# RPN, and the RPN is folded with a stack; errors from the operators
# surface with their own messages.
import operator

BINARY = {"+": (operator.add, 1), "-": (operator.sub, 1), "*": (operator.mul, 2), "/": (operator.truediv, 2),
          "//": (operator.floordiv, 2), "%": (operator.mod, 2), "**": (operator.pow, 3), "<": (operator.lt, 0),
          "==": (operator.eq, 0), "&": (operator.and_, 1), "|": (operator.or_, 1), "<<": (operator.lshift, 1)}


def tokenize(text):
    toks, i = [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
        elif text[i].isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            toks.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif text[i:i + 2] in BINARY:
            toks.append(text[i:i + 2])
            i += 2
        else:
            toks.append(text[i])
            i += 1
    return toks


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            p = BINARY[t][1]
            while ops and ops[-1] != "(" and (BINARY[ops[-1]][1] > p or (BINARY[ops[-1]][1] == p and t != "**")):
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]


def evaluate(rpn):
    stack = []
    for t in rpn:
        if isinstance(t, str):
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[t][0](a, b))
        else:
            stack.append(t)
    (result,) = stack
    return result


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "7 // 2 + 7 % 3", "10 / 4 - 0.5", "1 << 4 | 3", "2 * 3 < 7",
             "6 & 3 == 2", "1 / 0", "2 ** 0.5 * 2 ** 0.5", "5 % 0", "1.5 << 2"]:
    try:
        rpn = to_rpn(tokenize(text))
        print(f"{text:<20} {' '.join(map(str, rpn)):<22} = {evaluate(rpn)!r}")
    except (ZeroDivisionError, TypeError) as e:
        print(f"{text:<20} {type(e).__name__}: {e}")
acc = [1]
acc = operator.iadd(acc, [2, 3])
s = operator.iconcat("ab", "cd")
print(acc, s, operator.imul([0], 3), operator.ipow(2, 10), list(map(operator.not_, [0, 1, [], [0]])))
print(operator.truth(operator.lt(1, 2)), operator.abs(-3.5), operator.inv(5), operator.neg(-0.0), operator.pos(True))
