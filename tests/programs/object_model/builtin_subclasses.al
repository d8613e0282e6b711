# type.__subclasses__() of built-in types: the built-in subclasses in
# CPython's order, then the program's classes in the order they were made.


def mine(t):
    return [c.__name__ for c in type.__subclasses__(t) if c.__module__ == "__main__"]


print(bool in int.__subclasses__(), int.__subclasses__()[0], bool.__subclasses__())


class MyInt(int):
    pass


class MyBool2(MyInt):
    pass


class Second(int):
    pass


print(mine(int), int.__subclasses__()[0], mine(MyInt))
print(float.__subclasses__(), complex.__subclasses__(), range.__subclasses__())


class L(list):
    pass


class L2(L):
    pass


class Both(list, MyInt.__base__.__base__):
    pass


print(mine(list), mine(L), mine(object)[:3])
print(ArithmeticError.__subclasses__())
print(LookupError.__subclasses__()[:2], BaseExceptionGroup.__subclasses__())
print(BaseException.__subclasses__())
print([c.__name__ for c in OSError.__subclasses__() if c.__module__ == "builtins"])
print([c.__name__ for c in Warning.__subclasses__()])
print(Exception.__subclasses__()[:3], ExceptionGroup in Exception.__subclasses__())


class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    pass


print(mine(Exception), mine(AppError), mine(LookupError))


class Meta(type):
    pass


print(mine(type), type.__subclasses__(Meta))
try:
    Meta.__subclasses__()
except TypeError as e:
    print("TypeError:", e)
print(type(int.__subclasses__()).__name__, int.__subclasses__() is int.__subclasses__())
try:
    type.__subclasses__()
except TypeError as e:
    print("TypeError:", e)
print(type.__subclasses__(MyInt))
try:
    int.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
