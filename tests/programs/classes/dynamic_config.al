# Configuration objects driven by dynamic attribute names: setattr from a
# dict, getattr with defaults, hasattr/delattr, and a command dispatcher.
class Settings:
    allowed = {"host": str, "port": int, "debug": bool, "ratio": float}

    def __init__(self, **values):
        for name, value in values.items():
            self.set(name, value)

    def set(self, name, value):
        kind = self.allowed.get(name)
        if kind is None:
            raise AttributeError(f"unknown setting {name!r}")
        if not isinstance(value, kind):
            value = kind(value)
        setattr(self, name, value)

    def get(self, name, default=None):
        return getattr(self, name, default)

    def reset(self, *names):
        for name in names:
            if hasattr(self, name):
                delattr(self, name)

    def __repr__(self):
        shown = [f"{k}={getattr(self, k)!r}" for k in self.allowed if hasattr(self, k)]
        return "Settings(" + ", ".join(shown) + ")"


s = Settings(host="localhost", port="8080")
s.set("debug", 1)
s.set("ratio", "0.25")
print(s, s.port + 1, s.get("missing", "n/a"), s.get("host"))
s.reset("debug", "nonexistent")
print(s, hasattr(s, "debug"), "port" in vars(s))
for name, value in [("colour", "red"), ("port", "eighty")]:
    try:
        s.set(name, value)
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
attr = "ho" + "st"
setattr(s, attr, getattr(s, attr).upper())
print(getattr(s, attr), s.__dict__)
try:
    getattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 42)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(s, None, 1)
except TypeError as e:
    print("TypeError:", e)


class Shell:
    def __init__(self):
        self.cwd = "/"
        self.history = []

    def do_cd(self, arg):
        self.cwd = arg if arg.startswith("/") else self.cwd.rstrip("/") + "/" + arg
        return self.cwd

    def do_pwd(self, arg):
        return self.cwd

    def do_help(self, arg):
        return " ".join(sorted(n[3:] for n in dir(self) if n.startswith("do_")))

    def default(self, line):
        return f"unknown command: {line}"

    def run(self, line):
        cmd, _, arg = line.partition(" ")
        self.history.append(cmd)
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return self.default(line)
        return handler(arg)


sh = Shell()
for line in ["pwd", "cd usr", "cd local", "pwd", "cd /etc", "ls -l", "help"]:
    print(f"$ {line} -> {sh.run(line)}")
print(sh.history)
