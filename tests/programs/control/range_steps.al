# for loops over ranges with positive, negative and large steps.
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)), list(range(-1, -10, -2)), list(range(0, -5)), list(range(5, 5)))
for i in range(20, -1, -5):
    print(i, end=",")
print()
acc = 0
for i in range(-100, 100, 7):
    acc += i
print(acc)
for i in range(3):
    i = 10 * i
    print(i, end=" ")
print()
r = range(1, 11)
evens = 0
for v in r:
    if v % 2 == 0:
        evens += v
print(evens, sum(range(1, 11, 2)), len(range(1, 1000000, 999)))
