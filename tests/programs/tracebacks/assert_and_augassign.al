# `assert` marks its test; `x += v` marks the whole statement.
def check(values):
    total = 0
    for v in values:
        total += v
    assert total > 0, f"total {total}"
    return total


print(check([1, 2]))
try:
    check([1, None])
except TypeError as e:
    print("TypeError:", e)
check([-1, 0])
