# isinstance of built-in values against every ABC: structural answers
# (__subclasshook__) and registered types (list is a MutableSequence).
from collections.abc import *
import collections


def gen():
    yield 1


values = [
    ('list', []), ('tuple', ()), ('str', 'abc'), ('dict', {}), ('set', set()),
    ('frozenset', frozenset()), ('range', range(3)), ('keys', {}.keys()),
    ('values', {}.values()), ('items', {}.items()), ('list_iter', iter([])),
    ('tuple_iter', iter(())), ('str_iter', iter('x')), ('range_iter', iter(range(2))),
    ('dict_iter', iter({})), ('set_iter', iter(set())), ('reversed', reversed([])),
    ('enumerate', enumerate([])), ('zip', zip()), ('map', map(abs, [])),
    ('filter', filter(None, [])), ('generator', gen()), ('genexp', (x for x in [])),
    ('function', gen), ('lambda', lambda: 0), ('builtin', len), ('int', 1),
    ('bool', True), ('float', 1.5), ('None', None), ('object', object()),
    ('type', int), ('deque', collections.deque()), ('slice', slice(1)),
    ('bound', [].append), ('OrderedDict', collections.OrderedDict()),
    ('Counter', collections.Counter()), ('defaultdict', collections.defaultdict()),
]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
        Callable, Collection, Set, MutableSet, Mapping, MutableMapping,
        MappingView, KeysView, ItemsView, ValuesView, Sequence,
        MutableSequence, ByteString, Awaitable, Coroutine, AsyncIterable,
        AsyncIterator, AsyncGenerator]
for name, v in values:
    print(f'{name:12}', ' '.join(a.__name__ for a in abcs if isinstance(v, a)))
