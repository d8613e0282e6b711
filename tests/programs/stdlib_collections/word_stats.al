# Counter as a multiset in a text-comparison program: word counts of two
# texts, what they share (&), their union (|), differences (-, subtract
# keeping negatives), totals, most_common with ties, and unary + and -.
from collections import Counter

a_text = "the cat sat on the mat the cat was happy"
b_text = "a dog sat on a log the dog was not happy at all"
a, b = Counter(a_text.split()), Counter(b_text.split())
print(a.most_common(3), b.most_common(2))
print(sorted((a & b).items()), (a & b).total())
print(sorted((a | b).items()))
print(sorted((a - b).items()), sorted((b - a).items()))
print(sorted((a + b).most_common(4)))
diff = a.copy()
diff.subtract(b)
print(sorted(diff.items()))
print(sorted((+diff).items()), sorted((-diff).items()))
letters = Counter(c for c in a_text + b_text if c.isalpha())
print(letters.most_common(5), letters["z"], "z" in letters)
print("".join(sorted(letters.elements()))[:30])
c = Counter(x=3, y=-2, z=0)
print(c, +c, -c, list(c.elements()))
c.update({"x": 1}, y=5)
print(c, c.total(), c == Counter(x=4, y=3, z=0), c == Counter(x=4, y=3))
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    anagrams.setdefault(frozenset(Counter(w).items()), []).append(w)
print(sorted(sorted(g) for g in anagrams.values() if len(g) > 1))
print(Counter("abracadabra") >= Counter("abba"), Counter("ab") <= Counter("abc"), Counter("aab") < Counter("ab"))
