# Class creation errors: inconsistent MRO, duplicate bases, bad bases.
class A: pass
class B: pass
class X(A, B): pass
class Y(B, A): pass

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class W(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NotBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad(A, object, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Good(A, B, object):
    pass

print([c.__name__ for c in Good.__mro__])
