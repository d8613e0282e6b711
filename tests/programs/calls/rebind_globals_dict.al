# A function rebound through `globals()`: recursive calls inside the old
# function object go to whatever the name holds.


def steps(n):
    return 0 if n == 0 else 1 + steps(n - 1)


old = steps
print(steps(5))
globals()["steps"] = lambda n: 1000
print(old(5), steps(5))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


g = globals()
original = depth
g["depth"] = lambda n: -n
print(original(3))
g["depth"] = original
print(original(3))
