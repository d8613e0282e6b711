# * and ** unpacking in calls and in list/tuple/set/dict displays.
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw

print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], **{"c": 3, "d": 4}))
print(f(**{"a": 1, "b": 2}), f(*"xy", *(), **{}))
nums = [3, 1, 2]
print(max(*nums), min(*nums, 0), [*nums, *nums], (*nums, 9), {*nums, 4})
base = {"x": 1}
print({**base, "y": 2, **{"x": 3}}, dict(**base, z=0))
print(*"spread", sep="|")
first, second, *_ = sorted(nums)
print(first, second)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
