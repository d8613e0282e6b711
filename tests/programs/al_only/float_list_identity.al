# Al-only (expected output checked by hand; docs/language.md, Intended
# differences): a list whose items are all floats stores them unboxed, so
# each read of an item is a new float object. Values, equality, `in`,
# `index` and `count` are CPython's; only identity differs (CPython prints
# True for each `is` below). A list made with a non-float holds objects,
# as CPython's does; one that turns generic later (a non-float or a NaN
# stored) boxes its floats then, once: from then on a read returns the same
# object each time, but not the object first stored.
x = 1.5
xs = [x, 2.5]
print(xs[0] is xs[0], xs[0] is x, xs[0] == x, x in xs, xs.index(x))
ys = [x, "s"]
print(ys[0] is ys[0], ys[0] is x)
zs = [x, 2.5]
zs.append(None)
print(zs[0] is zs[0], zs[0] is x)
