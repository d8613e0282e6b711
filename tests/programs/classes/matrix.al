# A small matrix class: tuple indexing, multiplication, equality, iteration.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        out = Matrix.zeros(self.n, other.m)
        for i in range(self.n):
            for j in range(other.m):
                out[i, j] = sum(self[i, k] * other[k, j] for k in range(self.m))
        return out

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __iter__(self):
        return iter(self.rows)

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result @ base
            base = base @ base
            p >>= 1
        return result

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, B @ A, A * 2, 3 * A, A + B)
print(A.T, A.shape, A[1, 0], A @ Matrix.identity(2) == A)
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib[0, 1])
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
print([sum(r) for r in A], list(map(len, A)))
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C @ C.T, C.T.shape)
