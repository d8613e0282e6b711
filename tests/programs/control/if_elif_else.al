# if/elif/else chains, truthiness of every builtin type, and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
print("odd" if x % 2 else "even", "big" if x > 5 else "small" if x > 2 else "tiny")
if x > 5:
    if x > 6:
        print("nested yes")
    else:
        print("nested no")
if not x:
    print("unreachable")
elif x and x > 100:
    print("unreachable too")
else:
    print("else branch")
