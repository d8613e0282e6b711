import queue
q = queue.Queue()
for kw in [{'timeout': -1}, {'block': False}, {'block': False, 'timeout': -1}]:
    try:
        q.get(**kw)
    except (queue.Empty, ValueError) as e:
        print(type(e).__name__, repr(e))
try:
    q.get(True, -0.5)
except ValueError as e:
    print(e)
try:
    queue.PriorityQueue().get_nowait()
except queue.Empty:
    print("empty priority")
