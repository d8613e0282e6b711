# __len__ and __bool__: len(), truth tests, and their error messages.
class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Box({self.items})"


full, empty = Box([1, 2]), Box([])
print(len(full), len(empty), bool(full), bool(empty))
if full and not empty:
    print("truthiness from __len__")
print([b for b in (full, empty) if b])
print("yes" if empty else "no", full or "fallback", empty or "fallback")


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__")
        return self.on

    def __len__(self):
        print("__len__ not used when __bool__ exists")
        return 0


print(bool(Flag(True)), not Flag(False))
while Flag(False):
    pass


class Always:
    pass


print(bool(Always()), not Always())


class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for v in (-1, "3", 2.0):
    for f in (len, bool):
        try:
            f(BadLen(v))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
print(len(BadLen(True)), len(BadLen(10**5)))


class BadBool:
    def __bool__(self):
        return 1


try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
