# Names in different functions are independent; same names in recursion are per-call.
def a():
    tmp = "a's tmp"
    return tmp
def b():
    tmp = "b's tmp"
    return tmp + " / " + a()
print(b())
def rec(n, acc):
    local = n * 10
    if n > 0:
        rec(n - 1, acc)
    acc.append(local)
    return acc
print(rec(3, []))
def counter_per_call():
    count = 0
    count += 1
    return count
print([counter_per_call() for _ in range(3)])
