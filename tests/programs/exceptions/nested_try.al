# Nested try statements: inner handlers, exceptions raised in handlers and in finally.
def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            print("no error")
        except ValueError:
            print("inner caught ValueError")
            if n == 1:
                raise RuntimeError("from handler")
        finally:
            print("inner finally")
    except RuntimeError as e:
        print("outer caught RuntimeError:", e)
    except KeyError as e:
        print("outer caught KeyError:", e)
    else:
        print("outer else")

for n in range(3):
    level(n)

def finally_raises():
    try:
        raise ValueError("hidden")
    finally:
        raise TypeError("from finally")

try:
    finally_raises()
except TypeError as e:
    print("caught", e)
except ValueError:
    print("not reached")

depth = 0
def recurse(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        recurse(n - 1)
    finally:
        print("unwind", n)

try:
    recurse(3)
except IndexError as e:
    print("reached top:", e)
