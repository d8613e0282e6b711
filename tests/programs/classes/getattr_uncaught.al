# An AttributeError raised by __getattr__ itself is what CPython reports.
class Strict:
    known = {"a": 1, "b": 2}

    def __getattr__(self, name):
        if name in self.known:
            return self.known[name]
        raise AttributeError(f"Strict has no setting {name!r}; known: {sorted(self.known)}")


s = Strict()
print(s.a, s.b, getattr(s, "c", 3), hasattr(s, "d"))
print(s.zeta)
