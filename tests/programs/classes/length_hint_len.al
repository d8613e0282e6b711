# list() and other collectors ask a class's __len__ for a size hint first,
# as CPython does; a TypeError from it means no hint, other errors propagate.
class Seq:
    def __init__(self, items):
        self.items = items
        self.calls = 0

    def __len__(self):
        self.calls += 1
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


s = Seq([1, 2, 3])
print(list(s), s.calls)
print(tuple(s), s.calls)


class BadLen:
    def __len__(self):
        raise TypeError('no length')

    def __iter__(self):
        return iter('ab')


print(list(BadLen()))


class Boom:
    def __len__(self):
        raise ValueError('boom')

    def __iter__(self):
        return iter('ab')


try:
    list(Boom())
except ValueError as e:
    print('ValueError', e)
from unittest import mock
m = mock.MagicMock()
print(list(m), m.mock_calls)
