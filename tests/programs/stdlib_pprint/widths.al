import pprint

data = {
    'name': 'alc', 'version': (0, 1, 0), 'tags': ['compiler', 'python', 'cranelift'],
    'nested': {'a': [1, 2, 3, [4, 5, [6, 7]]], 'b': {'x': None, 'y': True}},
    'empty': [], 'empty_dict': {}, 'one': (1,), 'big': 12345678901234567890,
    'float': 3.25, 'neg': -7,
}
for width in (1, 10, 20, 40, 60, 80, 200):
    print('width', width)
    print(pprint.pformat(data, width=width))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat([[i] * i for i in range(8)], width=25, compact=True))
print(pprint.pformat(tuple(range(12)), width=10))
print(pprint.pformat(((1,),), width=3))
