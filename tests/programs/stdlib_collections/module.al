# The collections module as a whole: its public names, __all__, star
# import, and the module its classes say they come from.
import collections
from collections import *

print(sorted(n for n in dir(collections) if not n.startswith('_') and n != 'abc'))
print(collections.__all__)
print(deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString)
print(namedtuple('Pair', 'a b')(1, 2), namedtuple('Pair', 'a b').__module__)
for cls in [collections.deque, collections.defaultdict, collections.OrderedDict,
            collections.Counter, collections.ChainMap, collections.UserDict,
            collections.UserList, collections.UserString]:
    print(cls.__name__, cls.__module__, cls.__qualname__, repr(cls))
print(collections.Counter('hello').most_common(1), collections.deque('ab', 1))
print(type(collections.OrderedDict().keys()), type(collections.UserDict().keys()))
