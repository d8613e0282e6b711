# A logging proxy built on __getattr__/__setattr__/__delattr__, plus an
# attribute-dict record and a lazy-loading object.
class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(f"get {name}")
        value = getattr(self._target, name)
        if callable(value):
            def wrapper(*args, **kwargs):
                self._log.append(f"call {name}{args}")
                return value(*args, **kwargs)
            return wrapper
        return value

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n
        return self.balance


acct = Account("kim")
p = LoggingProxy(acct)
print(p.deposit(10), p.deposit(5), p.owner)
p.owner = "lee"
p.nickname = "L"
del p.nickname
print(acct.owner, acct.balance, hasattr(acct, "nickname"))
print(p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self.__dict__.get(key, "n/a")
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items())) + ")"


r = Record(x=1, y="two")
print(r, r.x, r.get_y(), r.get_z(), getattr(r, "y"), getattr(r, "w", None))
try:
    r.w
except AttributeError as e:
    print("AttributeError:", e)
r.z = 3
print(r, hasattr(r, "z"), hasattr(r, "q"), "z" in vars(r))


class Lazy:
    loads = 0

    def __getattr__(self, name):
        if name == "data":
            Lazy.loads += 1
            self.data = list(range(3))
            return self.data
        raise AttributeError(name)


lz = Lazy()
print(lz.data, lz.data, Lazy.loads, "data" in lz.__dict__)
for name in ["data", "other"]:
    print(name, hasattr(lz, name))
