# Exception handling inside exec'd code: try/except/else/finally,
# custom exception classes, exception groups, re-raise, and exceptions
# crossing from exec'd code into the caller and back.
ns = {}
exec('''
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

log = []

def risky(n):
    try:
        if n == 0:
            raise AppError(400, "zero")
        if n < 0:
            raise ValueError("negative")
        r = 10 // n
    except AppError as e:
        log.append(f"app {e.code} {e}")
        return None
    else:
        log.append(f"ok {r}")
        return r
    finally:
        log.append(f"done {n}")

results = [risky(n) for n in (5, 0, 3)]
try:
    risky(-1)
except ValueError as e:
    log.append("caller saw " + str(e))

def group():
    errors = []
    for v in ("1", "x", "2", "y"):
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad values", errors)

try:
    group()
except* ValueError as eg:
    log.append(f"group of {len(eg.exceptions)}")
''', ns)
print(ns["results"])
print("\n".join(ns["log"]))

AppError = ns["AppError"]
try:
    exec("raise AppError(500, 'server')", ns)
except AppError as e:
    print("caught in caller", e.code, e, type(e).__name__)


def callback():
    raise KeyError("from caller")


try:
    exec("try:\n    cb()\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e", {"cb": callback})
except RuntimeError as e:
    print(e, repr(e.__cause__))

try:
    exec("try:\n    1/0\nfinally:\n    out.append('finally ran')", {"out": (out := [])})
except ZeroDivisionError:
    print(out)
exec("try:\n    raise StopIteration\nexcept Exception as e:\n    name = type(e).__name__", ns)
print(ns["name"], "e" in ns)
