# Callbacks as bound methods, staticmethods and callables in a small event bus.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler=None):
        if handler is None:
            def deco(fn):
                self.handlers.setdefault(event, []).append(fn)
                return fn
            return deco
        self.handlers.setdefault(event, []).append(handler)
        return handler

    def emit(self, event, *args, **kwargs):
        results = []
        for h in self.handlers.get(event, []):
            results.append(h(*args, **kwargs))
        return results


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, msg, level="info"):
        self.lines.append(f"{self.prefix}[{level}] {msg}")
        return len(self.lines)

    @staticmethod
    def shout(msg, level="info"):
        return msg.upper()

    @classmethod
    def tag(cls, msg, level="info"):
        return f"{cls.__name__}:{msg}"


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args, **kwargs):
        self.n += 1
        return self.n


bus = EventBus()
log = Logger("app")
count = Counter()
bus.on("msg", log.log)
bus.on("msg", Logger.shout)
bus.on("msg", log.tag)
bus.on("msg", count)


@bus.on("msg")
def plain(msg, level="info"):
    return len(msg)


print(bus.emit("msg", "hello"))
print(bus.emit("msg", "warning!", level="warn"))
print(bus.emit("none"))
print(log.lines, count.n)
print([h.__name__ if hasattr(h, "__name__") else type(h).__name__ for h in bus.handlers["msg"]])
print(bus.handlers["msg"][0].__self__ is log, bus.handlers["msg"][2].__self__ is Logger)
