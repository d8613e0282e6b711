import io
import pprint

buf = io.StringIO()
pprint.pprint({'a': list(range(30))}, stream=buf, width=40)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(width=20, stream=buf)
pp.pprint(['abc', 'def', 'ghi', 'jkl'])
print(buf.getvalue().splitlines()[-4:])
pprint.pprint('x' * 100, width=30)
pprint.pprint(('a' * 20, 'b' * 20), width=30, indent=3)
pprint.pp({'z': 1, 'a': 2})
pprint.pp({'z': 1, 'a': 2}, sort_dicts=True)
pprint.pprint([{'nested': [{'deep': [1, 2, 3]}]}] * 2, depth=3)
print(pprint.PrettyPrinter(depth=2).pformat([[1, [2, [3]]], {'a': {'b': {}}}]))
print(pprint.PrettyPrinter().format([1, 2], {}, 0, 0))
print(pprint.PrettyPrinter().format({'x': [1]}, {}, 1, 1))
