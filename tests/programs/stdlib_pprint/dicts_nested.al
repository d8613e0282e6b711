import pprint

config = {
    'database': {'host': 'localhost', 'port': 5432, 'options': {'timeout': 30, 'retries': [1, 2, 4, 8]}},
    'servers': [{'name': 'web%d' % i, 'ip': '10.0.0.%d' % i, 'roles': ['http', 'https'][:i % 3]} for i in range(4)],
    'features': {'a', 'b', 'c'},
    'matrix': [[i * j for j in range(6)] for i in range(6)],
    'text': 'This configuration string is long enough to be split over several lines when narrow.',
}
for w in (30, 55, 100):
    print(pprint.pformat(config, width=w))
for ind in (2, 4):
    print(pprint.pformat(config['servers'], width=40, indent=ind))
print(pprint.pformat(config, depth=1))
print(pprint.pformat(config, depth=2, width=60))
print(pprint.pformat({i: chr(97 + i) * i for i in range(10)}, width=30))
print(pprint.pformat({(1, 2): [3, 4], (0, 9): 'x', (1,): None}, width=15))
