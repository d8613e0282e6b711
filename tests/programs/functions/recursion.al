# Recursive functions: factorial, fibonacci, mutual recursion, deep recursion, Ackermann.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

print([fib(i) for i in range(15)])
print(is_even(10), is_odd(7), is_even(3))
print(depth(20000))
print(ackermann(2, 3), ackermann(3, 3))
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))

def permutations(items):
    if len(items) <= 1:
        return [items]
    res = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            res.append([items[i]] + p)
    return res

print(permutations([1, 2, 3]))
