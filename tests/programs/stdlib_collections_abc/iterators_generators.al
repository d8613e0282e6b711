# Iterator, Generator and Reversible: the structural checks and the mixin
# methods (Iterator.__iter__, Generator.__next__, close, throw).
from collections.abc import Iterator, Generator, Iterable, Reversible


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c), list(c))
print(isinstance(Countdown(1), Iterable), [x * 2 for x in Countdown(2)])


class Echo(Generator):
    def __init__(self):
        self.last = None
        self.closed = False

    def send(self, value):
        if self.closed:
            raise StopIteration
        self.last = value
        return value

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit or isinstance(val, GeneratorExit):
            self.closed = True
        return super().throw(typ, val, tb)


e = Echo()
print(next(e), e.send(5), e.send('x'), iter(e) is e)
e.close()
print(e.closed)
try:
    next(e)
except StopIteration:
    print('stopped')
try:
    Echo().throw(ValueError, ValueError('boom'))
except ValueError as err:
    print('ValueError', err)
try:
    Echo().throw(KeyError)
except KeyError as err:
    print('KeyError', repr(err))


class Stubborn(Generator):
    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        return 'ignored'


try:
    Stubborn().close()
except RuntimeError as err:
    print('RuntimeError', err)


def gen():
    received = yield 1
    yield received


g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), issubclass(type(g), Reversible))
print(next(g), g.send(7))


class Backwards(Reversible):
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return iter(self.items[::-1])


print(list(reversed(Backwards([1, 2, 3]))), list(Backwards('ab')))
try:
    Reversible()
except TypeError as err:
    print(err)
