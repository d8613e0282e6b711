# len, abs, min and max with key and default, sum with start.
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(""))
print(abs(-5), abs(5), abs(-2.5), abs(-(2 ** 80)), abs(True), abs(-0.0))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=len), min(words), max(words, key=lambda w: w[-1]))
print(min([], default="none"), max([], default=0), min([5], default=9), max((), key=len, default="d"))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min([(1, "b"), (1, "a")]), max(1, 2.0), max(2.0, 2))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum((), 5))
print(sum(range(101)), sum([True, True, False]), sum([2 ** 64, 2 ** 64]), sum([1, 2.5]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
