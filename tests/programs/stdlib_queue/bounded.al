import queue
q = queue.Queue(2)
q.put(1)
q.put(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print(e)
print(q.get(), q.full())
print(queue.Queue(-3).full(), queue.Queue(0).full())
