# for/else with break and continue; searching patterns.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")

for n in [2, 9, 13, 25, 29, 91]:
    find_divisor(n)
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty loop else")
for ch in "abc":
    pass
print("loop variable after loop:", ch)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print("inner else never")
