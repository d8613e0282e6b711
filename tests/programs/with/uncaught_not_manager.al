# Using an object that is not a context manager is an uncaught TypeError.
class Plain:
    def __init__(self, n):
        self.n = n


print("start")
items = [Plain(1), Plain(2)]
for p in items:
    print("checking", p.n)
    with p:
        print("not reached")
print("not reached either")
