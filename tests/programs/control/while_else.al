# while loops with else, break, continue and complex conditions.
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50:", i)
k = 11
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("never found 4, k =", k)
k = 10
while k > 0:
    k -= 2
    if k == 4:
        print("found 4")
        break
else:
    print("unreachable")
a, b = 0, 1
fibs = []
while b < 200 and len(fibs) < 20:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
count = 0
while count < 3:
    count += 1
else:
    print("else runs even when body ran", count)
while False:
    pass
else:
    print("else runs for a loop that never ran")
