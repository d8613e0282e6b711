# Classifying caught exceptions with class patterns on exception types
# and their args.
class AppError(Exception):
    __match_args__ = ("code", "detail")

    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def risky(n):
    match n:
        case 0:
            return 1 // n
        case 1:
            return [][n]
        case 2:
            return {}["missing"]
        case 3:
            raise AppError(404, "page")
        case 4:
            raise AppError(500, "boom")
        case 5:
            return int("five")
        case 6:
            raise ValueError()
        case _:
            return "fine"


def explain(exc):
    match exc:
        case ZeroDivisionError():
            return "math is hard"
        case IndexError(args=[msg]) | KeyError(args=(msg,)):
            return f"lookup failed: {msg}"
        case AppError(404, what):
            return f"no such {what}"
        case AppError(code, detail) if code >= 500:
            return f"server error {code}: {detail}"
        case ValueError(args=[str(msg)]) if "invalid literal" in msg:
            return "not a number"
        case ValueError(args=()):
            return "bare ValueError"
        case Exception() as other:
            return f"unexpected {type(other).__name__}"


for n in range(8):
    try:
        print(n, risky(n))
    except Exception as e:
        print(n, explain(e))
