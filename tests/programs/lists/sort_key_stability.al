# sort/sorted with key and reverse; stability with equal keys.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "grape", "kiwi"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
recs = [{"n": "a", "s": 3}, {"n": "b", "s": 1}, {"n": "c", "s": 3}, {"n": "d", "s": 2}]
recs.sort(key=lambda r: r["s"])
print([r["n"] for r in recs])
recs.sort(key=lambda r: -r["s"])
print([r["n"] for r in recs])
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([3, 1, 2], reverse=False), sorted([]), sorted("hello"), sorted((3.5, 1, 2)))
data = [(i % 3, i) for i in range(12)]
data.sort(key=lambda t: t[0])
print(data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
