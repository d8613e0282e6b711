# Wrong argument counts and names in method calls: CPython names the
# method with its class (Stack.push()).
class Stack:
    def __init__(self, *items, limit=10):
        self.items = list(items)
        self.limit = limit

    def push(self, item):
        self.items.append(item)

    @classmethod
    def of(cls, a, b):
        return cls(a, b)

    @staticmethod
    def check(x):
        return x is not None


s = Stack(1, 2)
calls = [
    lambda: s.push(),
    lambda: s.push(1, 2),
    lambda: s.push(item=3, other=4),
    lambda: Stack.push(5),
    lambda: Stack.of(1),
    lambda: Stack.check(),
    lambda: Stack(limit=1, size=2),
    lambda: s.pop(),
]
for c in calls:
    try:
        c()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(s.items)
s.push(1, 2, 3)
