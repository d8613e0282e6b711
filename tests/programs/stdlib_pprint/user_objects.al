import pprint

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point(x={self.x!r}, y={self.y!r})'

class Opaque:
    def __repr__(self):
        return '<Opaque thing>'

data = [Point(i, i * i) for i in range(6)]
print(pprint.pformat(data, width=40))
print(pprint.pformat({'points': data[:3], 'opaque': Opaque()}, width=30))
print(pprint.isreadable(Point(1, 2)), pprint.isreadable(Opaque()), pprint.isreadable([Opaque()]))
print(pprint.saferepr([Opaque(), Point(1, 2)]))

class Tup(tuple):
    pass
class Lst(list):
    def __repr__(self):
        return 'Lst(' + list.__repr__(self) + ')'
print(pprint.pformat(Tup(range(20)), width=20))
print(pprint.pformat(Lst(range(20)), width=20))
print(pprint.pformat({'k': Lst(range(3))}, width=5))
print(pprint.isreadable(Lst([1])), pprint.saferepr(Tup((1,))))
print(pprint.pformat([True, False, None, 1.5, 2j, -0.0, float('inf')], width=12))
print(pprint.pformat(list(range(1, 300, 7)), width=50, compact=True))
print(pprint.pformat(['a' * 15, 'b' * 3, 'c' * 30, 'd'], width=25, compact=True))
