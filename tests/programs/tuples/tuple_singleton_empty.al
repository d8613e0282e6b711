# Singletons and empty tuples in printing, parentheses and trailing commas.
a = 1,
b = ()
c = (1, 2,)
print(a, b, c, len(a), len(b), len(c))
print([(), (1,), (1, 2)], {(): "empty", (1,): "one"})
print(str(()), repr((None,)), ((),), (((),),))
print(tuple([]) == (), () == (), (1,) * 0 == ())
x = (5)
y = (5,)
print(x, y, x == y[0], type(x).__name__, type(y).__name__)
