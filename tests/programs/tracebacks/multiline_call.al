# A call spanning several lines: CPython marks its first line from the start
# of the call to the end of the line.
def check(a, b, c):
    if a + b + c > 10:
        raise ValueError(f"sum too big: {a + b + c}")
    return a + b + c


print(check(1, 2, 3))
total = check(4,
              5,
              6)
