# A generator expression object raising while a for loop drives it.
def scale(items, k):
    return (10 // (x - k) for x in items)


for v in scale([5, 4, 3], 3):
    print(v)
