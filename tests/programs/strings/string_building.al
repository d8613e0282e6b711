# Building strings incrementally and with list joins; immutability.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
acc = ""
for c in "abcdef":
    acc = c + acc
print(acc)
s = "immutable"
t = s
s += "!"
print(s, t)
print(str(12) + str(3.5) + str(True) + str(None) + str([1, "a"]) + str((1,)))
words = "the rain in spain falls mainly".split()
print(" ".join(w[::-1] for w in words), " ".join(sorted(words, key=len)))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
table = {}
for ch in "mississippi":
    table[ch] = table.get(ch, 0) + 1
print("".join(f"{k}{v}" for k, v in table.items()))
print(list("abc"), tuple("ab"), set("aa"), "".join(reversed("stressed")))
