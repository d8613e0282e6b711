# Nested comprehensions: flattening, transposing, matrices, dicts of lists.
matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([row[i] for row in matrix for i in range(len(row)) if i % 2 == 0])
print([[row[i] for row in matrix] for i in range(4)])
print([[x * 2 for x in row if x % 3] for row in matrix])
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j) for i in range(3) for j in range(3) if i != j})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = ["alpha", "beta", "gamma"]
print({w: {c: w.count(c) for c in set(w)} == {c: w.count(c) for c in w} for w in words})
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix), [sum(col) for col in zip(*matrix)])
