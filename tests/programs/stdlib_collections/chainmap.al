# collections.ChainMap: lookups through several mappings, writes to the
# first, new_child/parents, the mapping methods and views, | and repr.
from collections import ChainMap


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
args = {'size': 3}
cm = ChainMap(args, env, defaults)
print(cm, len(cm), list(cm), cm['user'], cm['color'], cm['size'], 'color' in cm, 'x' in cm)
print(cm.get('x'), cm.get('x', 0), cm.get('user'), bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
print(list(cm.keys()), list(cm.values()), list(cm.items()), dict(cm))
print(cm.keys(), cm.items(), cm.values())
print(ChainMap(), ChainMap({}), ChainMap().maps, cm.maps[0] is args)
attempt(lambda: cm['nope'])
cm['new'] = 1
print(args, cm['new'])
del cm['new']
attempt(lambda: cm.__delitem__('user'))
attempt(lambda: cm.pop('user'))
print(cm.pop('user', 'fallback'), cm.pop('size'), args)
attempt(lambda: cm.popitem())
cm['z'] = 26
print(cm.popitem(), cm.setdefault('q', 5), args)
cm.clear()
print(cm, len(cm))
cm.update({'a': 1}, b=2)
print(cm.maps[0])

child = cm.new_child()
child['a'] = 100
print(child, child['a'], child.parents, child.parents['a'])
print(cm.new_child({'m': 1}), cm.new_child(k=2), cm.new_child({'m': 1}, k=2))
c2 = cm.copy()
c2['only'] = 1
print(cm, c2, type(c2).__name__, cm.__copy__())
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}, {'c': 3}))
x = ChainMap({'a': 1})
x |= {'z': 9}
print(x)
attempt(lambda: ChainMap() | 5)
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}), ChainMap() != {})
attempt(lambda: hash(ChainMap()))
attempt(lambda: reversed(ChainMap()))
r = ChainMap()
r['self'] = r
print(r)
print(ChainMap({1: 'a'}).keys() & {1, 2}, ChainMap({1: 'a'}).items() | {(2, 'b')}, ('1', 'a') in ChainMap({1: 'a'}).items())


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'


dc = DefaultChain({'a': 1})
print(dc['a'], dc['b'], dc.get('b'), dc.new_child(), type(dc.parents).__name__)
print(ChainMap[str, int])

# Nested scopes, the classic use.
scopes = ChainMap({'x': 1})
inner = scopes.new_child({'y': 2})
innermost = inner.new_child({'x': 3})
print(innermost['x'], innermost['y'], inner['x'], sorted(innermost))
