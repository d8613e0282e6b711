# Division by zero raises ZeroDivisionError with CPython's messages.
cases = [
    lambda: 1 / 0,
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1 // 0,
    lambda: 1.0 // 0.0,
    lambda: 1 % 0,
    lambda: 1.5 % 0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 2 ** 100 // 0,
    lambda: 2 ** 100 % 0,
    lambda: pow(2, -1, 4),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except ZeroDivisionError as e:
        print(i, "ZeroDivisionError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
print(0.0 ** 0, 0 ** 0.0, 0.0 * -1)
