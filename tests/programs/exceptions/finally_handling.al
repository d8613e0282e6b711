# While a finally block runs for an exception, that exception is being
# handled: bare raise re-raises it and a new exception gets it as context.
def a():
    try:
        raise KeyError("orig")
    finally:
        print("in finally")
        try:
            raise
        except KeyError as e:
            print("bare raise re-raised", repr(e))


try:
    a()
except KeyError as e:
    print("outer", repr(e))


def b():
    try:
        raise KeyError("orig")
    finally:
        raise ValueError("from finally")


try:
    b()
except ValueError as e:
    print("ctx", repr(e.__context__))


def c():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"


print(c())


def d():
    try:
        raise KeyError("x")
    finally:
        return "returned"


print(d())
try:
    raise ZeroDivisionError("outer")
except ZeroDivisionError:
    try:
        pass
    finally:
        try:
            raise
        except ZeroDivisionError as e:
            print("still handling outer", e)
