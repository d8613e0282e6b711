# deque in streaming algorithms: a bounded history (maxlen), moving averages,
# the sliding-window maximum in O(n), rotation for a Josephus circle and a
# round-robin scheduler, and the tail of a file.
from collections import deque


def moving_average(xs, n):
    window = deque(maxlen=n)
    out = []
    for x in xs:
        window.append(x)
        out.append(round(sum(window) / len(window), 2))
    return out


def window_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


def josephus(n, k):
    circle, order = deque(range(1, n + 1)), []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]
print(moving_average(data, 3))
print(window_max(data, 4))
print(josephus(7, 3), josephus(10, 2)[-1])
history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(history, history.maxlen, list(reversed(history)))
history.appendleft("first")
print(history)
tasks = deque([("A", 3), ("B", 1), ("C", 2)])
timeline = []
while tasks:
    name, left = tasks.popleft()
    timeline.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print("".join(timeline))
with open("lines.txt", "w") as f:
    f.writelines(f"line {i}\n" for i in range(1, 101))
with open("lines.txt") as f:
    print(list(deque(f, 3)))
d = deque("abcde")
d.rotate(2)
print(d, d.index("a"), d.count("z"))
d.rotate(-7)
print(d)
try:
    deque(maxlen=2).popleft()
except IndexError as e:
    print("IndexError:", e)
