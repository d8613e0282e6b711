# A failing binary operator is marked with ~ under its operands and ^ under
# the operator, also with parentheses and two-character operators.
def scale(factor, values):
    out = []
    for v in values:
        out.append((v) ** factor + 1)
    return out


print(scale(2, [1, 2]))
print(scale(None, [3]))
