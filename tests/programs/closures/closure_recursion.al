# A closure that calls itself recursively and one that refers to a later-defined sibling.
def make_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib

fib = make_fib()
print(fib(90), fib(10))

def mutual():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even, odd

even, odd = mutual()
print(even(10), odd(10), even(7), odd(7))

def walker():
    seen = []
    def walk(tree, depth=0):
        seen.append((depth, tree[0]))
        for child in tree[1]:
            walk(child, depth + 1)
        return seen
    return walk

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(walker()(tree))
