# Lists and dicts that reference each other become cyclic garbage on every
# round; the collector must free them and keep everything still reachable.
def build(n):
    nodes = []
    for i in range(n):
        node = {"id": i, "peers": []}
        node["self"] = node
        nodes.append(node)
    for i in range(n):
        nodes[i]["peers"].append(nodes[(i + 1) % n])
        nodes[i]["peers"].append(nodes[(i * 7) % n])
    return nodes


total = 0
keep = []
for round_ in range(120):
    ring = build(200)
    total += sum(len(node["peers"]) for node in ring)
    if round_ % 40 == 0:
        keep.append(ring[round_ % 200])
print(total)
print([node["id"] for node in keep])
print([node["peers"][0]["id"] for node in keep])
print(all(node["self"] is node for node in keep))
