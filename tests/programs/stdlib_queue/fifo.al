import queue
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.queue)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), str(e) == '')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
q.put_nowait('x')
print(q.get(True, 1))
