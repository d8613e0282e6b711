# Many generators become garbage while suspended inside try/finally. CPython
# closes each when its last reference goes; alc's collector queues them and
# closes them at the next poll point of the running code (a loop header or
# a function entry), the rest at exit. Only what both guarantee is printed:
# by the end of each allocation-heavy phase some have been closed, and all
# of them are closed exactly once by the end of the program.

N = 3000
closed = [0, 0]
seen = set()


def resource(phase, i):
    try:
        yield i
    finally:
        if i in seen:
            print("closed twice:", i)
        seen.add(i)
        closed[phase] += 1
        if closed[0] + closed[1] == 2 * N:
            print("all", 2 * N, "closed")


# Phase 0: dropped between iterations of a loop that allocates.
for i in range(N):
    g = resource(0, i)
    next(g)
    junk = [str(j) for j in range(60)]
print("phase 0 closed some:", closed[0] > 0)


# Phase 1: no loop at all, only calls: the queue runs at function entries.
def open_and_drop(i):
    g = resource(1, N + i)
    next(g)
    return len([i] * 1500)


def churn(i):
    if i == N:
        return 0
    return open_and_drop(i) + churn(i + 1)


print("churned", churn(0))
print("phase 1 closed some:", closed[1] > 0)
