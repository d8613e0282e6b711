# Everyday uses of collections together: shortest paths with a deque,
# topological order with defaultdict and deque, grouping, an LRU cache on
# OrderedDict, records as namedtuples, word counts with Counter.
import collections

Edge = collections.namedtuple('Edge', 'src dst weight', defaults=[1])


def shortest_hops(edges, start):
    graph = collections.defaultdict(list)
    for e in edges:
        graph[e.src].append(e.dst)
    dist = {start: 0}
    queue = collections.deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def topological(edges):
    indegree = collections.Counter()
    graph = collections.defaultdict(list)
    nodes = []
    for e in edges:
        for n in (e.src, e.dst):
            if n not in nodes:
                nodes.append(n)
        graph[e.src].append(e.dst)
        indegree[e.dst] += 1
    ready = collections.deque(n for n in nodes if indegree[n] == 0)
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for m in graph[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
    return order


edges = [Edge('a', 'b'), Edge('a', 'c', 5), Edge('b', 'd'), Edge('c', 'd', 2), Edge('d', 'e')]
print(edges[1], edges[0]._asdict())
print(shortest_hops(edges, 'a'))
print(topological(edges))


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = collections.OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


cache = LRUCache(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache.get(3), list(cache.data.items()))

words = 'it was the best of times it was the worst of times'.split()
by_length = collections.defaultdict(list)
for w in words:
    by_length[len(w)].append(w)
print(dict(by_length))
counts = collections.Counter(words)
print(counts.most_common(4), counts['times'], counts['nothing'])
print(sum(counts.values()), counts.total(), len(counts))

window = collections.deque(maxlen=3)
averages = []
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(averages, window)

settings = collections.ChainMap({'debug': True}, {'debug': False, 'level': 3})
print(settings['debug'], settings['level'], dict(settings))

history = collections.deque(range(10), maxlen=5)
history.rotate(2)
print(history, history[0], list(reversed(history)))
