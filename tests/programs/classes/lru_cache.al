# An LRU cache with the mapping protocol, plus a memoising decorator built on it.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data = {}
        self.hits = 0
        self.misses = 0

    def __getitem__(self, key):
        if key not in self._data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self._data.pop(key)
        self._data[key] = value
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            del self._data[key]
        elif len(self._data) >= self.capacity:
            oldest = next(iter(self._data))
            del self._data[oldest]
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


c = LRUCache(3)
for i, w in enumerate(["a", "b", "c"]):
    c[w] = i
print(c, len(c))
print(c["a"])
c["d"] = 3
print(c, "b" in c, "a" in c)
c["c"] = 30
c["e"] = 4
print(list(c), c.get("a"), c.get("zz", -1), c.hits, c.misses)
del c["c"]
print(c, sorted(c), dict.fromkeys(c, 0))
try:
    c["nope"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)


class memoize:
    def __init__(self, size):
        self.size = size

    def __call__(self, fn):
        cache = LRUCache(self.size)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            res = fn(*args)
            cache[args] = res
            return res

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper


@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__, len(fib.cache), fib.cache.hits)


@memoize(2)
def square(n):
    print("computing", n)
    return n * n


print(square(3), square(3), square(4), square(5), square(3))
print(square.cache)
