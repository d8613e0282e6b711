# Many with statements in loops, with allocation in enter, body and exit,
# some bodies raising and some exceptions suppressed.
class Batch:
    opened = 0
    closed = 0

    def __init__(self, n):
        self.n = n
        self.buf = []

    def __enter__(self):
        Batch.opened += 1
        self.buf.append([self.n] * 3)
        return self.buf

    def __exit__(self, t, e, tb):
        Batch.closed += 1
        self.buf.append(("closed", str(self.n)))
        return t is ZeroDivisionError


kept = []
errors = 0
for i in range(3000):
    try:
        with Batch(i) as buf:
            buf.append({"i": i, "s": str(i) * 3})
            if i % 7 == 0:
                buf.append(1 // 0)
            if i % 11 == 0:
                raise KeyError(i)
            if i % 500 == 1:
                kept.append(buf)
    except KeyError:
        errors += 1
print(Batch.opened, Batch.closed, errors, len(kept))
print(kept[0])
print(kept[-1][1]["s"], kept[-1][-1])


def nested(n):
    if n == 0:
        return []
    with Batch(n) as buf:
        return nested(n - 1) + [len(buf)]


print(sum(nested(200)), Batch.opened == Batch.closed)
