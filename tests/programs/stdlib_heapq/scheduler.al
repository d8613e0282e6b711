# heapq as a priority queue: a task scheduler with (priority, counter, task)
# entries and lazy deletion, Dijkstra's shortest paths, merging sorted logs
# by timestamp, a running median with two heaps, and top-k with key.
import heapq
from itertools import count

pq, entries, tie = [], {}, count()


def add(task, prio):
    if task in entries:
        entries.pop(task)[-1] = None
    entry = [prio, next(tie), task]
    entries[task] = entry
    heapq.heappush(pq, entry)


def pop():
    while pq:
        prio, _, task = heapq.heappop(pq)
        if task is not None:
            del entries[task]
            return task, prio
    raise KeyError("pop from an empty priority queue")


for task, prio in [("write", 3), ("test", 1), ("lunch", 5), ("deploy", 2), ("test", 4), ("review", 1)]:
    add(task, prio)
print([pop() for _ in range(5)])
try:
    pop()
except KeyError as e:
    print("KeyError:", e)

graph = {"A": {"B": 4, "C": 1}, "C": {"B": 2, "D": 7}, "B": {"D": 1, "E": 6}, "D": {"E": 2}, "E": {}}
dist, heap = {"A": 0}, [(0, "A")]
while heap:
    d, u = heapq.heappop(heap)
    if d > dist[u]:
        continue
    for v, w in graph[u].items():
        if d + w < dist.get(v, float("inf")):
            dist[v] = d + w
            heapq.heappush(heap, (d + w, v))
print(dist)

log_a = [(1, "a:boot"), (5, "a:ready"), (9, "a:stop")]
log_b = [(2, "b:boot"), (5, "b:ready"), (7, "b:crash")]
log_c = [(3, "c:boot")]
print([msg for _, msg in heapq.merge(log_a, log_b, log_c)])
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))

low, high, medians = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    medians.append(high[0] if len(high) > len(low) else (high[0] - low[0]) / 2)
print(medians)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words), heapq.nsmallest(3, range(10), key=lambda x: (x % 3, -x)))
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heapreplace(h, 1), h, heapq.heappushpop(h, 0), h)
