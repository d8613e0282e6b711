# copy and deepcopy keep weak references as they are (CPython's copy
# treats them as atomic); the weak containers copy through their own
# __copy__ and __deepcopy__.
import copy
import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
d = weakref.WeakValueDictionary({1: c})
d2 = copy.copy(d)
print(type(d2).__name__, d2[1] is c)
d3 = copy.deepcopy(d)
print(type(d3).__name__, d3[1] is c)
k = weakref.WeakKeyDictionary({c: [1, 2]})
k2 = copy.deepcopy(k)
print(k2[c], k2[c] is k[c], copy.copy(k)[c] is k[c])
s = weakref.WeakSet([c])
print(c in copy.copy(s), type(copy.copy(s)).__name__)
