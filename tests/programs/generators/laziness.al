# Generator expressions are lazy: any/all stop at the first decisive element.
def check(x):
    print("checking", x)
    return x > 2

print(any(check(x) for x in [1, 2, 3, 4, 5]))
print(all(check(x) for x in [3, 4, 1, 5]))
gen = (check(x) for x in range(10))
print("generator created, nothing checked yet")
print(next(gen), next(gen))
print(next(gen), next(gen))
squares = (x * x for x in range(5))
print(list(squares), list(squares))
def noisy(n):
    print("produce", n)
    return n
first_big = next(v for v in (noisy(i) for i in range(100)) if v > 3)
print("first big", first_big)
g = (x for x in [1, 2, 3])
total = 0
for v in g:
    total += v
    if v == 2:
        break
print(total, list(g))
