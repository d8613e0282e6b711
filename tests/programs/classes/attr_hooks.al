# __getattr__ fallback, __setattr__ and __delattr__ overrides, __getattribute__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)


class Target:
    def __init__(self):
        self.x = 1

    def hello(self):
        return "hello from target"


t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 5
print(t.y, "y" in p.__dict__)
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    a = 1

    def __init__(self):
        self.b = 2

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")


d = Defaults()
print(d.a, d.b, d.opt_color, getattr(d, "opt_x"), hasattr(d, "zzz"), getattr(d, "zzz", "dflt"))
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


lg = Logged()
lg.real = "real value"
print(lg.secret, lg.real, lg.other)


class Computed:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        return value


c = Computed()
print(c.abc, c.__dict__, c.hello, sorted(vars(c)))
