# locals(), vars() and dir() without arguments in a class body and at
# module level; globals() from inside methods and nested functions.
counter = 0


class Config:
    debug = False
    level = 3
    names = sorted(locals())
    snapshot = dict(vars())
    listing = dir()

    def bump(self):
        g = globals()
        g["counter"] = g["counter"] + 1
        return counter


print(Config.names)
print(sorted(k for k in Config.snapshot if not k.startswith("__")))
print(Config.listing)
c = Config()
print(c.bump(), c.bump(), counter)


def outer():
    def inner():
        return globals() is globals()
    return inner()


print(outer())
top = [k for k in locals() if not k.startswith("_")]
print(top)
print(vars() is globals(), locals() is globals())
