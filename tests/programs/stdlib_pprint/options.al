import pprint

data = {'b': [1, 2, {'c': (3, 4), 'd': [5, 6, 7, 8]}], 'a': 'text', 'z': {'q': [[[[1]]]]}}
for indent in (0, 1, 2, 4):
    print(pprint.pformat(data, indent=indent, width=20))
for depth in (1, 2, 3):
    print(pprint.pformat(data, depth=depth))
    print(pprint.pformat(data, depth=depth, width=10))
print(pprint.pformat(data, sort_dicts=False, width=30))
pprint.pp(data, width=30)
pprint.pprint(data, width=30)
print(pprint.pformat([10**6, 12345678, -98765432, 1.5e10, True], underscore_numbers=True))
print(pprint.pformat({'n': 10**20}, underscore_numbers=True, width=5))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
pp = pprint.PrettyPrinter(indent=2, width=25)
print(pp.pformat(data))
pp.pprint(['x' * 10] * 3)
print(pp.isreadable(data), pp.isrecursive(data))
print(pprint.__all__)
