# A generator expression consumed by a call runs in a <genexpr> frame whose
# caller entry marks the whole call; a set comprehension is <setcomp>.
def ratio(values):
    return sum(1 / v for v in values)


print(ratio([1, 2, 4]))
print(sorted({len(w) for w in ["a", "bb", "a"]}))
try:
    print({w.upper() for w in ["a", None]})
except AttributeError as e:
    print("AttributeError:", e)
print(ratio([1, 0]))
