# A generator that yields again while being closed at exit ignores
# GeneratorExit: CPython reports RuntimeError("generator ignored
# GeneratorExit") as an exception ignored in it, and the exit status
# stays what the program chose.


def stubborn():
    try:
        yield 1
    finally:
        print("finally yields")
        yield 2


g = stubborn()
print(next(g))
raise SystemExit(2)
