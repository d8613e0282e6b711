# Loop variables leak into the enclosing scope and can be reassigned in the body.
for i in range(5):
    pass
print(i)
for i in range(0):
    pass
print(i)
total = 0
for n in [1, 2, 3]:
    n *= 10
    total += n
print(n, total)
data = [[1, 2], [3, 4]]
for row in data:
    row.append(sum(row))
print(data)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
print(a, b, c)
words = ["x", "y"]
for idx, words_item in enumerate(words):
    words[idx] = words_item * 2
print(words)
