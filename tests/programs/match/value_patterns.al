# Value patterns: dotted names compared with ==, evaluated each time the
# case is tried (so rebinding the attribute changes what matches).
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Http:
    OK = 200
    NOT_FOUND = 404

    class Redirect:
        MOVED = 301
        FOUND = 302


def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "not found"
        case Http.Redirect.MOVED | Http.Redirect.FOUND:
            return "redirect"
        case int(c) if 500 <= c < 600:
            return "server error"
        case _:
            return "unknown"


for c in [200, 404, 301, 302, 503, 999, 200.0]:
    print(c, status(c))


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE:
            return "calm"
    return "?"


print([paint(c) for c in ["red", "green", "blue", "pink"]])
Color.RED = "crimson"
print([paint(c) for c in ["red", "crimson"]])


class Config:
    def __init__(self):
        self.limit = 3


cfg = Config()
for n in range(5):
    match n:
        case cfg.limit:
            print(n, "is the limit")
        case _:
            print(n, "is not the limit")
    cfg.limit = 4 if n == 2 else cfg.limit
