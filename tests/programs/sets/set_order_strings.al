# String set order (deterministic under PYTHONHASHSEED=0) and tuple members.
print({"apple", "banana", "cherry", "date", "elderberry"})
print(set("mississippi"), set("hello world"))
print({"a", "b", "c", "d", "e", "f", "g", "h"})
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({"", "x", "xy", "é", "日本", "🎉"})
print({(1, 2), (2, 1), (0, 0), (1, "a"), ()})
print({("a", 1), ("b", 2), ("c", 3)})
# None is left out: its hash is an address in CPython (docs/language.md, intended differences).
print({1, "1", 1.5, (1,), True})
print(frozenset(words))
