# Sorting larger lists (pseudo-random data from an LCG) and checking order.
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed

data = [rand() % 1000 for _ in range(2000)]
s = sorted(data)
print(s[:10], s[-10:], len(s))
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
data.sort(key=lambda v: (v % 10, -v))
print(data[:8], data[-8:])
words = ["w" + str(rand() % 500) for _ in range(300)]
words.sort()
print(words[:6], words[-3:])
uniq = sorted(set(data))
print(len(uniq), uniq[:5])
floats = [rand() / 7 for _ in range(100)]
print(min(floats), max(floats), sorted(floats)[50])
