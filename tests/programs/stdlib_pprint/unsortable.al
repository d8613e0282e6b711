import pprint

print(pprint.pformat({1: 'int', 'a': 'str', None: 'none', 2.5: 'float'}))
print(pprint.pformat({(1, 2): 1, (1, 'a'): 2, (0,): 3}))
print(pprint.pformat({3, 1, 2, 10, -1}))
print(pprint.pformat({'b': 2, 'a': 1, 'c': {'z': 0, 'y': 9}}, width=10, sort_dicts=False))
print(pprint.saferepr({'b': 2, 'a': 1}))
print(pprint.pformat([{'x': i, 'y': [i] * i} for i in range(6)], width=30))
print(pprint.pformat({'key%d' % i: list(range(i)) for i in range(7)}, width=35, compact=True))
print(pprint.pformat([('a', 1), ('b', 2)] * 8, width=40, compact=True))
print(pprint.pformat([1, [2, [3, [4, [5, [6]]]]]], width=8, indent=3))
print(pprint.pformat({'a': {'b': {'c': {'d': {}}}}}, depth=2))
print(pprint.pformat([[[]], [()], {}, set()], depth=1))
