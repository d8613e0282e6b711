import gc

tests = [
    lambda: gc.collect(3),
    lambda: gc.collect(-1),
    lambda: gc.collect("x"),
    lambda: gc.collect(1.0),
    lambda: gc.collect(1, 2),
    lambda: gc.collect(gen=1),
    lambda: gc.enable(1),
    lambda: gc.disable(1),
    lambda: gc.isenabled(1),
    lambda: gc.isenabled(x=1),
    lambda: gc.is_tracked(),
    lambda: gc.is_tracked(1, 2),
    lambda: gc.is_tracked(x=1),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
