# defaultdict building graphs and indexes: adjacency lists (list), degree
# counts (int), a nested two-level table (lambda), a trie built from
# recursive defaultdicts, and __missing__/default_factory behaviour.
from collections import defaultdict

edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "e")]
adj = defaultdict(list)
indeg = defaultdict(int)
for u, v in edges:
    adj[u].append(v)
    indeg[v] += 1
print(dict(adj), dict(indeg))
order, ready = [], sorted(n for n in adj if indeg[n] == 0)
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in adj[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order, sorted(adj), len(adj))

sales = [("north", "q1", 10), ("south", "q1", 4), ("north", "q2", 7), ("north", "q1", 1)]
table = defaultdict(lambda: defaultdict(int))
for region, q, amount in sales:
    table[region][q] += amount
print({r: dict(qs) for r, qs in table.items()}, table["west"]["q3"], sorted(table))


def trie():
    return defaultdict(trie)


root = trie()
for word in ["car", "cart", "cat", "dog"]:
    node = root
    for ch in word:
        node = node[ch]
    node["$"] = True


def words(node, prefix=""):
    for ch in sorted(node):
        if ch == "$":
            yield prefix
        else:
            yield from words(node[ch], prefix + ch)


print(list(words(root)), sorted(root["c"]["a"]))
d = defaultdict(None, {"k": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, d.default_factory)
d.default_factory = set
d["s"].add(3)
print(d, d.get("nope"), "nope" in d, repr(defaultdict(list)))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
