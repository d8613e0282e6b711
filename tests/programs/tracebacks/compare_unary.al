# Comparisons and unary operators are marked with ^ only.
def rank(a, b):
    if a < b:
        return -1
    return 1


print(rank(1, 2))
print(rank("a", "b"))
x = rank(1, None) + -rank(None, 2)
