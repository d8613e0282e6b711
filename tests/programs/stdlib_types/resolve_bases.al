import types


class A:
    pass


class B:
    pass


class Fake:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.bases


bases = (A, B)
print(types.resolve_bases(bases) is bases)
print(types.resolve_bases((A, Fake(B))))
print(types.resolve_bases((Fake(A, B), Fake())))
print(types.resolve_bases([A]))
print(types.resolve_bases(()))


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print(e)
print(types.resolve_bases((1, "x")))
