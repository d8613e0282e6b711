# User exception classes: hierarchy, args, str, custom attributes, chaining.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


class NotFound(AppError, LookupError):
    pass


class Quiet(AppError):
    def __init__(self, code):
        self.code = code


def check(kind):
    if kind == 0:
        raise AppError("generic", 1)
    if kind == 1:
        raise ConfigError("port", "not a number")
    if kind == 2:
        raise NotFound("item")
    if kind == 3:
        raise Quiet(7)
    if kind == 4:
        raise AppError
    return "fine"


for k in range(6):
    try:
        print(check(k))
    except ConfigError as e:
        print("ConfigError", e, e.args, e.key, e.problem, repr(e))
    except LookupError as e:
        print("LookupError", type(e).__name__, e, isinstance(e, AppError))
    except AppError as e:
        print("AppError", type(e).__name__, repr(str(e)), e.args, repr(e), getattr(e, "code", None))

print(issubclass(NotFound, KeyError), issubclass(NotFound, LookupError), NotFound.__mro__)

try:
    try:
        check(1)
    except AppError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__), type(e.__cause__).__name__)

try:
    try:
        check(2)
    except AppError:
        raise ValueError("during")
except ValueError as e:
    print(e, "context", repr(e.__context__))

e = ConfigError("a", "b")
e.extra = 5
print(e.extra, e.key, sorted(e.__dict__))
print(isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ValueError))
errs = [AppError("x"), NotFound("y"), Quiet(1)]
print([type(x).__name__ for x in errs], [str(x) for x in errs])


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


try:
    raise WithDefault
except WithDefault as w:
    print(w)
try:
    raise WithDefault()
except Exception as w:
    print(type(w).__name__, w)


class KeyProblem(KeyError):
    pass


try:
    raise KeyProblem("k")
except KeyError as ke:
    print(str(ke), repr(ke))
try:
    AppError(x=1)
except TypeError as te:
    print("TypeError:", te)
