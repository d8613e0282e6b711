# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer x"
squares = [x * x for x in range(5)]
print(x, squares)
n = 3
print([n * i for i in range(n)])
i = "unchanged"
_ = {i: i for i in range(3)}
_ = {i for i in range(3)}
_ = list(i for i in range(3))
print(i)
def f():
    y = 10
    return [y + j for j in range(3)]
print(f())
items = [[1, 2], [3]]
print([v for items in items for v in items], items)
def g():
    data = [1, 2, 3]
    return [data for data in data]
print(g())
try:
    print([undefined_name for q in range(1)])
except NameError as e:
    print("NameError:", e)
print([k for k in range(3)])
try:
    print(k)
except NameError as e:
    print("NameError:", e)
