# MutableMapping gives pop, popitem, clear, update and setdefault.
from collections.abc import MutableMapping, Mapping


class Store(MutableMapping):
    def __init__(self):
        self._keys = []
        self._vals = []

    def __getitem__(self, key):
        try:
            return self._vals[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if key in self._keys:
            self._vals[self._keys.index(key)] = value
        else:
            self._keys.append(key)
            self._vals.append(value)

    def __delitem__(self, key):
        try:
            i = self._keys.index(key)
        except ValueError:
            raise KeyError(key) from None
        del self._keys[i]
        del self._vals[i]

    def __iter__(self):
        return iter(list(self._keys))

    def __len__(self):
        return len(self._keys)


s = Store()
s['x'] = 1
s.update({'y': 2}, z=3)
s.update([('w', 4)])


class KeysOnly:
    def keys(self):
        return ['k']

    def __getitem__(self, key):
        return key * 2


s.update(KeysOnly())
print(dict(s))
print(s.setdefault('x', 9), s.setdefault('n', 9), s['n'])
print(s.pop('n'), s.pop('nope', 'default'))
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(s.popitem(), dict(s))
print(isinstance(s, Mapping), s == {'y': 2, 'z': 3, 'w': 4, 'k': 'kk'})
s.clear()
print(dict(s), len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(sorted(MutableMapping.__abstractmethods__))
