# Indexing and slicing, including negative indices and negative steps.
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[::100], s[::-100])
print(s[1:9:3], s[-2::-3], s[:-11:-1], s[None:None:-1], s[::-1][::-1])
for start in [None, 2, -2]:
    for stop in [None, 5, -5]:
        for step in [None, 1, -1, 2, -2]:
            print(s[start:stop:step], end=",")
    print()
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1] = "z"
except TypeError as e:
    print("TypeError:", e)
