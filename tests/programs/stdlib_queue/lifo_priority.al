import queue
l = queue.LifoQueue()
p = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    l.put(x)
    p.put((x % 3, x))
print(l.queue, [l.get() for _ in range(l.qsize())])
print([p.get() for _ in range(p.qsize())], p.empty())
p.put((1, 'b'))
p.put((1, 'a'))
p.put((0, 'z'))
print(p.get_nowait(), p.get_nowait(), p.get_nowait())
try:
    l.get(block=False)
except queue.Empty:
    print("empty lifo")
print(isinstance(l, queue.Queue), isinstance(p, queue.Queue))
