# Functions defined inside functions, conditional definitions and redefinition.
def outer(n):
    def helper(x):
        return x * n
    def other(x):
        return helper(x) + 1
    return [helper(n), other(n)]

print(outer(3), outer(-1))
flag = True
if flag:
    def choose():
        return "first"
else:
    def choose():
        return "second"
print(choose())
def choose():
    return "redefined"
print(choose())
def make_ops():
    ops = []
    for name in ["a", "b"]:
        def op(s, name=name):
            return name + s
        ops.append(op)
    return ops
print([op("!") for op in make_ops()])
def count_calls():
    def inner():
        return inner_count
    inner_count = 5
    return inner()
print(count_calls())
