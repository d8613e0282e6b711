import queue
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=1), s.empty())
for kw in [{'block': False}, {'timeout': 0.01}, {'timeout': -1}]:
    try:
        s.get(**kw)
    except (queue.Empty, ValueError) as e:
        print(type(e).__name__, e)
print(queue.Queue[int], queue.SimpleQueue[str])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
import queue
print(queue.SimpleQueue, repr(queue.SimpleQueue()).startswith("<_queue.SimpleQueue object at "))
