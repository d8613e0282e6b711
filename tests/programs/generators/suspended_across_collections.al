# Generators and a coroutine stay suspended (inside try/finally and with)
# while the program allocates heavily between resumes, so collections run
# while their frames hold the only references to fresh objects: every
# local must survive, and the finally blocks run exactly when CPython runs
# them (explicit close, exhaustion, or at exit).


class Box:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit box", self.v, exc[0].__name__ if exc[0] else None)


def keeper(n):
    text = "k" * n
    nums = [i * i for i in range(n)]
    table = {str(i): (i, float(i) / 4) for i in range(n)}
    big = 1 << (n + 70)
    try:
        with Box(n) as box:
            for step in range(4):
                fresh = [str(step)] * 3 + [text[:step]]
                total = sum(nums) + len(table) + box.v
                yield (step, total, big % 1000, fresh, table[str(n - 1)])
    finally:
        print("keeper", n, "finally", len(text), len(nums), len(table))


def churn(k):
    # Allocation-heavy garbage: lists, strings, tuples, dicts, floats.
    out = 0
    for i in range(k):
        t = (str(i), [i, i + 0.5], {"k": i})
        out += len(t[0]) + len(t[1]) + len(t[2])
    return out


async def waiter(tag):
    try:
        for i in range(3):
            got = await Step(tag + str(i))
            print("coroutine got", got)
    finally:
        print("coroutine", tag, "finally")


class Step:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        sent = yield self.name
        return sent * 2


gens = [keeper(n) for n in (5, 12, 30)]
co = waiter("w")
co_done = False
print("coroutine yields", co.send(None))
for round_ in range(5):
    for g in gens:
        try:
            print(next(g))
        except StopIteration:
            print("exhausted")
    print("churn", churn(4000))
    if not co_done:
        try:
            print("coroutine yields", co.send(round_))
        except StopIteration:
            print("coroutine done")
            co_done = True
gens[0].close()
print("explicitly closed")
late = keeper(3)
print(next(late))
print(churn(3000))
co2 = waiter("left suspended")
print("coroutine yields", co2.send(None))
print("end")
