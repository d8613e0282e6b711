# derive: a new group with the same message; the default makes a plain group.
eg = ExceptionGroup("msg", [ValueError(1)])
d = eg.derive([TypeError(2), KeyError(3)])
print(type(d).__name__, repr(d), d.message)
d2 = eg.derive([KeyboardInterrupt()])
print(type(d2).__name__, repr(d2))
d3 = eg.derive((ValueError(),))
print(repr(d3), d3.args)
for bad in [[], 5, [1]]:
    try:
        eg.derive(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eg.derive()
except TypeError as e:
    print(e)
try:
    eg.derive([ValueError()], [ValueError()])
except TypeError as e:
    print(e)
b = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(repr(b.derive([ValueError()])))


class MyEG(ExceptionGroup):
    pass


m = MyEG("mine", [ValueError(1), TypeError(2)])
print(type(m).__name__, repr(m))
print(type(m.derive([ValueError()])).__name__)
s = m.split(ValueError)
print(type(s[0]).__name__, type(s[1]).__name__)
