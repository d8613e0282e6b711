# Sorting objects that define no ordering: CPython's '<' message.
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


tasks = [Task(2, "write"), Task(1, "plan"), Task(3, "ship")]
print(sorted(tasks, key=lambda t: t.priority))
print(max(tasks, key=lambda t: t.name))
try:
    tasks[0] <= tasks[1]
except TypeError as e:
    print("TypeError:", e)
try:
    max(tasks)
except TypeError as e:
    print("TypeError:", e)
print(sorted(tasks))
