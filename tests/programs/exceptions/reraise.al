# Bare raise re-raises the current exception; raise inside except chains to a new one.
def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("inner handler, re-raising")
        raise

try:
    inner()
except ValueError as e:
    print("outer got:", e)

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("cannot convert " + repr(s))

try:
    convert("abc")
except TypeError as e:
    print("TypeError:", e)

def reraise_var():
    try:
        {}[1]
    except KeyError as e:
        err = e
    raise err

try:
    reraise_var()
except KeyError as e:
    print("re-raised saved exception:", repr(e))

try:
    try:
        raise IndexError("first")
    finally:
        print("finally during propagation")
except IndexError as e:
    print("caught", e)
