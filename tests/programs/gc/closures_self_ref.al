# Closures that refer to themselves through their cells, and cells that
# hold lists containing the closure: all of it is cyclic garbage.
def make_counter(start):
    count = [start]
    def step():
        count[0] += 1
        count.append(step)
        return count[0]
    return step


def make_recursive(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


acc = 0
for i in range(3000):
    c = make_counter(i)
    c()
    acc += c()
    acc += make_recursive(i % 20)
print(acc)
survivor = make_counter(10)
for _ in range(5):
    survivor()
print(survivor())
