import namespace_helper as helper
x = 10
def show():
    return x
print(type(globals()), globals() is globals())
print(globals()['x'], 'x' in globals(), 'nope' in globals())
globals()['x'] = 20
print(x, show())
x = 30
print(globals()['x'], globals().get('x'))
globals()['newname'] = 'made'
print(newname)
d = vars(helper)
print(sorted(k for k in d if not k.startswith('__')))
print(helper.call())
d['f'] = helper.g
print(helper.call(), helper.f())
vars(helper)['Y'] = 5
print(helper.Y, helper.__dict__ is d, len(d) > 3)
del d['Y']
print(hasattr(helper, 'Y'))
print([k for k in dir() if not k.startswith('__')])
print(sorted(k for k in vars() if not k.startswith('__')))
class C:
    a = 1
    b = locals()
    print(sorted(b))
    c = vars()
del newname
print('newname' in globals())
try:
    globals(1)
except TypeError as e:
    print(e)
g = globals()
print([k for k in g.keys() if not k.startswith('_')])
print([k for k, v in g.items() if isinstance(v, int)])
def fn():
    return globals()
print(fn() is g)
globals().update({'zz': 3})
print(zz)
print(globals().pop('zz'), 'zz' in globals())
print(globals().setdefault('qq', 9), qq)
