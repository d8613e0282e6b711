import pprint
import types
import dataclasses

def show(s, *objs):
    for o in objs:
        s = s.replace(str(id(o)), 'ID')
    print(s)

l = [1, 2]
l.append(l)
show(pprint.pformat(l), l)
show(pprint.pformat(l, width=5), l)
show(pprint.saferepr(l), l)
print(pprint.isrecursive(l), pprint.isreadable(l))
d = {'a': 1}
d['self'] = d
show(pprint.pformat(d), d)
show(pprint.pformat(d, width=5), d)
t = ([],)
t[0].append(t)
show(pprint.pformat(t), t, t[0])
ns = types.SimpleNamespace(x=1)
ns.me = ns
show(pprint.pformat(ns), ns)
show(pprint.pformat(ns, width=5), ns)

@dataclasses.dataclass
class Node:
    value: int
    children: list = dataclasses.field(default_factory=list)
    hidden: str = dataclasses.field(default='h', repr=False)

tree = Node(1, [Node(2, [Node(3)]), Node(4)])
print(pprint.pformat(tree))
print(pprint.pformat(tree, width=20))
tree.children.append(tree)
show(pprint.pformat(tree, width=20), tree)

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
print(pprint.pformat([NoRepr(1)] * 3, width=5).count('NoRepr'))

@dataclasses.dataclass
class Own:
    a: int
    def __repr__(self):
        return 'Own(' + 'x' * 30 + ')'
print(pprint.pformat(Own(1), width=10))
for obj in [1, 'a', [1, 2], {1: 2}, object, len, (1, [2]), {'k': object()}]:
    print(pprint.isreadable(obj), pprint.isrecursive(obj))
print(pprint.saferepr({'b': 1, 'a': [3, {2, 1}]}))
