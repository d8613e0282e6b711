# append, extend, insert, pop, remove, index, count, reverse.
import array


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = array.array('i', [1, 2, 3, 2])
a.append(4)
a.extend([5, 6])
a.extend(array.array('i', [7]))
a.extend(range(8, 10))
print(a)
show(a.extend, array.array('d', [1.0]))
show(a.extend, 5)
show(a.extend, [10, 'x', 11])
print(a)
a.extend(a)
print(len(a))

a = array.array('i', [1, 2, 3, 2])
for i, v in [(0, 9), (-1, 8), (100, 7), (-100, 6)]:
    a.insert(i, v)
print(a)
show(a.insert, 1)
show(a.insert, 'x', 1)
show(a.insert, 0, 'x')
show(a.insert, 2**70, 1)
print(a.pop(), a.pop(0), a.pop(-2), a)
show(a.pop, 100)
show(a.pop, 'x')
show(array.array('i').pop)
show(array.array('i').pop, 0)
a.remove(2)
print(a)
show(a.remove, 42)
print(a.index(3), a.count(2), a.count(42), a.count('x'))
show(a.index, 42)
show(a.index, 3, 0, 1)
print(a.index(3, -10, 100), a.index(2, -2))
show(a.index, 3, 'x')
show(a.index, 9, 2)
a.reverse()
print(a)
u = array.array('u', 'abca')
print(u.count('a'), u.index('c'), u.pop(), u)
show(u.index, 1)

for name, args in [('append', ()), ('append', (1, 2)), ('extend', ()), ('extend', (1, 2)),
                   ('insert', ()), ('insert', (1, 2, 3)), ('pop', (1, 2)), ('remove', ()),
                   ('index', ()), ('index', (1, 2, 3, 4)), ('count', (1, 2)),
                   ('reverse', (1,))]:
    show(getattr(a, name), *args)
for name in ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count']:
    show(getattr(a, name), x=1)
show(a.pop, i=0)
