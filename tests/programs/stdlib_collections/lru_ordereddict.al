# An LRU cache and an ordered event log on OrderedDict: move_to_end on every
# hit, popitem(last=False) to evict, move_to_end(last=False) to pin, order-
# sensitive equality, reversed iteration, and the KeyErrors of both methods.
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("  evict", old)
        return value


cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    cache.get(k, lambda k: k * k)
print(list(cache.data.items()), cache.hits, cache.misses)
cache.data.move_to_end(5, last=False)
print(list(cache.data), list(reversed(cache.data)), next(iter(cache.data)))
od1 = OrderedDict(a=1, b=2)
od2 = OrderedDict(b=2, a=1)
print(od1 == od2, dict(od1) == dict(od2), od1 == {"b": 2, "a": 1})
print(od1.popitem(), od1, od2.popitem(last=False), od2)
log = OrderedDict()
for event in ["start", "load", "start", "save", "load", "quit"]:
    log[event] = log.get(event, 0) + 1
    log.move_to_end(event)
print(log)
print(OrderedDict.fromkeys("abc", 0), log.setdefault("new", 9), list(log)[-1])
merged = log | {"start": 100, "zzz": 1}
print(merged, type(merged).__name__)
for call in [lambda: OrderedDict().popitem(), lambda: log.move_to_end("missing"), lambda: log.pop("missing")]:
    try:
        call()
    except KeyError as e:
        print("KeyError:", e)
