# copy and deepcopy of the collections types and enums through the
# reductions pickle uses (CPython's __reduce__ of each).
import copy
from collections import OrderedDict, defaultdict, Counter
import enum
class C(enum.Enum):
    A = [1]
o = OrderedDict(a=[1], b=2); o.extra = "x"
d = defaultdict(list, {"k": [1]})
c = Counter("aab")
for x in (o, d, c):
    y = copy.deepcopy(x)
    z = copy.copy(x)
    print(type(y).__name__, y, type(z).__name__, z, getattr(y, "extra", None), y == x)
print(copy.deepcopy(C.A) is C.A, copy.copy(C.A) is C.A)
print(o.__reduce__()[:3], d.__reduce__()[:3], c.__reduce__())
