# quick: 60
# Breadth-first search on a grid graph with walls, the queue a
# collections.deque (compare bfs_ring.al: the same search on a list used
# as a ring buffer). Prints a checksum of the distances of every search.
import sys
from collections import deque

W = H = int(sys.argv[1]) if len(sys.argv) > 1 else 420
SEARCHES = 36


def make_graph(w, h, seed):
    # About one cell in five is a wall (a linear congruential generator,
    # so the graph is the same in every run and language).
    state = seed
    open_cell = []
    for _ in range(w * h):
        state = (state * 1103515245 + 12345) % 2147483648
        open_cell.append((state >> 16) % 5 != 0)
    adj = [[] for _ in range(w * h)]
    for y in range(h):
        for x in range(w):
            u = y * w + x
            if not open_cell[u]:
                continue
            if x + 1 < w and open_cell[u + 1]:
                adj[u].append(u + 1)
                adj[u + 1].append(u)
            if y + 1 < h and open_cell[u + w]:
                adj[u].append(u + w)
                adj[u + w].append(u)
    return adj, open_cell


def bfs(adj, start):
    dist = [-1] * len(adj)
    dist[start] = 0
    queue = deque([start])
    while queue:
        u = queue.popleft()
        du = dist[u] + 1
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = du
                queue.append(v)
    return dist


def main():
    adj, open_cell = make_graph(W, H, 2024)
    starts = [u for u in range(0, W * H, 7919) if open_cell[u]][:SEARCHES]
    total = 0
    for s in starts:
        dist = bfs(adj, s)
        reached = 0
        far = 0
        acc = 0
        for d in dist:
            if d >= 0:
                reached += 1
                acc += d
                if d > far:
                    far = d
        total += acc
        print(s, reached, far, acc)
    print('total', total)


main()
