# Ordering objects with __lt__ for sorting and a hand-written heap.
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.name < other.name

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < n and items[l] < items[small]:
                small = l
            if r < n and items[r] < items[small]:
                small = r
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee"), Task(5, "ship")]
print(sorted(tasks))
print(min(tasks), max(tasks))
h = Heap()
for t in tasks:
    h.push(t)
order = []
while h:
    order.append(h.pop().name)
print(order, len(h))
print(sorted(tasks, reverse=True)[:2])
print(Task(1, "a") < Task(1, "b"), Task(2, "a") > Task(1, "z"))
try:
    Task(1, "a") <= Task(1, "b")
except TypeError as e:
    print("TypeError:", e)
