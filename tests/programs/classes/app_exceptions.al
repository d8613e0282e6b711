# An application exception hierarchy: extra fields, custom __str__,
# chaining with `raise ... from`, handler ordering and re-raising.
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 2


class NetworkError(AppError):
    code = 3

    def __init__(self, host, attempts):
        super().__init__(f"cannot reach {host}", detail=f"{attempts} attempts")
        self.host = host
        self.attempts = attempts


class TimeoutError_(NetworkError):
    code = 4


def load(key, table):
    try:
        return table[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e


def connect(host, fail):
    if fail == "timeout":
        raise TimeoutError_(host, 3)
    if fail == "net":
        raise NetworkError(host, 1)
    return f"connected to {host}"


for fail in [None, "net", "timeout"]:
    try:
        print(connect("db.local", fail))
    except TimeoutError_ as e:
        print("timeout:", e, e.host, e.attempts, e.args)
    except NetworkError as e:
        print("network:", e, repr(e))
try:
    load("port", {"host": "x"})
except AppError as e:
    print(type(e).__name__, "|", e, "|", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
print(issubclass(TimeoutError_, (ConfigError, NetworkError)), TimeoutError_.__mro__[1:4])
errors = [ConfigError("a"), NetworkError("h", 2), AppError("plain", detail="d"), ValueError("v")]
for err in errors:
    try:
        try:
            raise err
        except AppError as e:
            if e.code == 2:
                raise
            print("handled", e.code, str(e))
    except ConfigError as e:
        print("re-raised", e)
    except Exception as e:
        print("other", type(e).__name__, e)


class Wrapped(AppError):
    def __init__(self, inner):
        super().__init__(f"wrapped {type(inner).__name__}: {inner}")
        self.inner = inner


try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise Wrapped(z)
except Wrapped as w:
    print(w, "| context:", type(w.__context__).__name__, w.__cause__, w.inner.args)
e = AppError("x")
e.extra = 5
print(e.extra, e.args, str(e), isinstance(e, BaseException), AppError.__base__.__name__)
raise NetworkError("api.example.com", 5)
