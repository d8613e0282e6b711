# Lists, dicts and sets around the 1000-item batch size.
import pickle
import hashlib

for n in (999, 1000, 1001, 2001):
    lst = list(range(n))
    dct = {i: -i for i in range(n)}
    st = set(range(n))
    fs = frozenset(range(n))
    for proto in (0, 2, 4):
        for v in (lst, dct, st, fs):
            data = pickle.dumps(v, proto)
            print(n, proto, type(v).__name__, len(data), data.count(b"e"), data.count(b"u"),
                  hashlib.sha256(data).hexdigest()[:16])
            assert pickle.loads(data) == v
