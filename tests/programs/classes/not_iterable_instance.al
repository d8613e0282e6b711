# Iterating over an instance without __iter__ or __getitem__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)


b = Bag(1, 2, 3)
print(len(b.items), sum(b.items))
try:
    list(b)
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = b
except TypeError as e:
    print("TypeError:", e)
try:
    print(2 in b)
except TypeError as e:
    print("TypeError:", e)
for item in b:
    print(item)
