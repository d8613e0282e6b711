# An exception raised deep in a recursion of a directly called function:
# the traceback shows every frame, as CPython's does.


def descend(n):
    if n == 0:
        return {}["missing"]
    return descend(n - 1) + 1


def start():
    return descend(3)


print("before")
start()
