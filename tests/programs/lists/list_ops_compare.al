# List concatenation, repetition, comparison, membership and identity.
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * a, a * 0, [] * 5, [0] * -1)
print(a < b, a <= b, a > b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 3], [] < [0], [2] > [1, 99])
print([1, [2, 3]] < [1, [2, 4]], ["a", "b"] < ["a", "c"], [1.0, 2] == [1, 2.0])
print(3 in a, 4 in a, [2, 3] in a, [2, 3] in [[2, 3]], "x" not in a)
c = a
c += [4]
print(a, c is a)
d = a
d = d + [5]
print(a, d, d is a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
e = [1, 2]
e *= 3
print(e)
print(len([]), len([[]]), bool([]), bool([0]), [] == [], [[]] == [[]])
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
