# Module globals can shadow builtins, and deleting them restores the builtin.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
max = lambda *a: "my max"
print(max(1, 2))
del max
print(max(1, 2))
def uses_sum(xs):
    return sum(xs)
print(uses_sum([1, 2]))
sum = lambda xs: -1
print(uses_sum([1, 2]))
def local_shadow():
    list = "local list"
    return list
print(local_shadow(), list("ab"))
