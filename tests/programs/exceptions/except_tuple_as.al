# `except (A, B) as e`, order of handlers, the name is unbound after the handler.
def risky(i):
    if i == 0:
        return [][1]
    if i == 1:
        return int("x")
    if i == 2:
        return {}["k"]
    if i == 3:
        return 1 + "a"
    if i == 4:
        return undefined_variable
    return "fine"

for i in range(6):
    try:
        print(risky(i))
    except (IndexError, KeyError) as e:
        print(i, "lookup:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print(i, "value/type:", type(e).__name__, e)
    except Exception as e:
        print(i, "other:", type(e).__name__, e)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise KeyError("k")
except LookupError as err:
    print("LookupError catches", type(err).__name__)
try:
    raise ZeroDivisionError
except ArithmeticError as err:
    print("ArithmeticError catches", repr(err))
