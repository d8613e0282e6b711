def step(n):
    return n if n == 0 else step(n - 1) + 1


def chain(n):
    return [step(i) for i in range(n)]


def run():
    return step(3)
