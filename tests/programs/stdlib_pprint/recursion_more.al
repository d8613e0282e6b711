import pprint
import collections

def show(s, *objs):
    for o in objs:
        s = s.replace(str(id(o)), 'ID')
    print(s)

a = []
b = [a]
a.append(b)
show(pprint.pformat(a), a, b)
show(pprint.saferepr(a), a, b)
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([a]))
d = {}
d['l'] = [d, {'inner': d}]
show(pprint.pformat(d, width=10), d)
show(pprint.pformat(d, depth=2), d)
shared = [1, 2]
print(pprint.pformat([shared, shared, {'s': shared}]))
print(pprint.isrecursive([shared, shared]))
od = collections.OrderedDict(a=1)
od['me'] = od
show(pprint.pformat(od, width=10), od)
dq = collections.deque([1])
dq.append(dq)
show(pprint.pformat(dq, width=5), dq)
