# A matrix class with @ and * but no item access: the errors CPython gives.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
print(a @ a, a * 2)
for bad in [lambda: 2 * a, lambda: a * a, lambda: a @ 2, lambda: a - a, lambda: a ** 2]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a[0] = [0, 0]
except TypeError as e:
    print("TypeError:", e)
try:
    del a[0]
except TypeError as e:
    print("TypeError:", e)
print(a[0][1])
