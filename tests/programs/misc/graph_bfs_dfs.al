# Graph algorithms on adjacency dicts: BFS shortest paths, DFS order, components, topo sort.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g"), ("e", "h"), ("c", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for node in graph:
    graph[node].sort()

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    while queue:
        u = queue.pop(0)
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                queue.append(v)
    return dist, parent

def path_to(parent, node):
    path = []
    while node is not None:
        path.append(node)
        node = parent[node]
    return path[::-1]

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for v in graph[start]:
        if v not in seen:
            dfs(v, seen)
    return seen

dist, parent = bfs("a")
print(dict(sorted(dist.items())))
print(path_to(parent, "h"), path_to(parent, "e"))
print(dfs("a"))
components = []
visited = set()
for node in sorted(graph):
    if node not in visited:
        comp = dfs(node)
        visited.update(comp)
        components.append(sorted(comp))
print(components)
deps = {"app": ["lib", "util"], "lib": ["core"], "util": ["core"], "core": [], "test": ["app"]}
order = []
state = {}
def visit(n):
    if state.get(n) == "done":
        return
    state[n] = "active"
    for d in deps[n]:
        visit(d)
    state[n] = "done"
    order.append(n)
for n in sorted(deps):
    visit(n)
print(order)
