# timedelta arithmetic: +, -, unary, *, /, //, %, divmod with ints, floats and timedeltas.
from datetime import timedelta

a = timedelta(days=1, seconds=5, microseconds=3)
b = timedelta(hours=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 2, 2 * a, a * -3, a * 0, a * True, a * 2.5, 0.5 * a)
print(a / 2, a / 7, a // 7, a / 2.5, a / b, a // b, a % b, divmod(a, b))
print(timedelta(microseconds=3) * 0.5, timedelta(microseconds=1) * 0.5)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2.0, timedelta(microseconds=-5) // 2)
print(divmod(timedelta(-1, 5), b), timedelta(1) % timedelta(hours=-7), timedelta(-1) // b)
print(timedelta(hours=1) * 3.3, timedelta(hours=1) / 3.3, timedelta(seconds=1) * (1 / 3))
print(sum([timedelta(1), timedelta(hours=2)], timedelta()))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
for f in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: a / timedelta(0),
          lambda: a // timedelta(0), lambda: a % timedelta(0), lambda: divmod(a, 2),
          lambda: a * "x", lambda: a + 1, lambda: 1 / a, lambda: a * float("inf"),
          lambda: a * float("nan"), lambda: a / 0.0, lambda: a * 1e20,
          lambda: timedelta.max + timedelta.resolution, lambda: -timedelta.min]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
