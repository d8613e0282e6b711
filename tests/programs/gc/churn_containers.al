# Sorting, unpacking, zipping and joining produce fresh values held only
# in runtime buffers while more values are allocated.
words = []
for i in range(2000):
    words.append("w" + str((i * 7919) % 2003))
ordered = sorted(words, key=lambda w: (len(w), w))
print(ordered[:5], ordered[-3:])
pairs = list(zip(map(str, range(500)), map(lambda i: [i * 2], range(500))))
print(pairs[0], pairs[-1], len(pairs))
first, *middle, last = map(lambda i: str(i) + "x", range(300))
print(first, len(middle), middle[10], last)
text = "-".join(map(str, range(200)))
print(len(text), text[:20])
mapped = list(map(lambda a, b: a + b, map(str, range(100)), map(str, range(100, 200))))
print(mapped[:4], mapped[-1])
table = dict(map(lambda i: (str(i), [i, str(i)]), range(1000)))
print(len(table), table["999"], table["0"])
nums = [float(i) / 3 for i in range(3000)]
nums.sort(key=lambda x: -x)
print(nums[0], nums[-1])
cyc = []
for i in range(2000):
    a = [i]
    b = [a]
    a.append(b)
    cyc.append(len(b[0]))
print(sum(cyc))
