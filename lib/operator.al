"""Operator interface.

This module exports functions corresponding to the intrinsic operators of
Python.  For example, operator.add(x, y) is equivalent to the expression
x+y.  The function names are those used for special methods; variants
without leading and trailing '__' are also provided for convenience.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
           'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

# The built-in abs, before this module's own abs hides it.
_abs = abs


# Comparison operations

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


# Logical operations

def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# Mathematical and bitwise operations

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    # range() converts its argument with __index__, with CPython's error.
    return range(a).stop


def inv(a, /):
    "Same as ~a."
    return ~a


def invert(a, /):
    "Same as ~a."
    return ~a


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# Sequence operations

def _is_sequence(a):
    # What the C API calls a sequence: indexable and not a mapping.
    return not isinstance(a, dict) and hasattr(type(a), '__getitem__')


def _concat_error(a, e):
    # `+` found no implementation: report it as a failed concatenation.
    if str(e).startswith('unsupported operand type(s) for +'):
        return TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return e


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if isinstance(a, (list, tuple, str)):
        return a + b
    if _is_sequence(a) and _is_sequence(b):
        try:
            return a + b
        except TypeError as e:
            err = _concat_error(a, e)
        raise err from None
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def _iter_searched(a):
    # iter(a), with the message CPython's sequence searches give.
    try:
        return iter(a)
    except TypeError:
        pass
    raise TypeError("argument of type '%s' is not iterable" % type(a).__name__)


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for item in _iter_searched(a):
        if item is b or item == b:
            n += 1
    return n


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for item in _iter_searched(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.

    If the object supports len(), the result will be exact.
    Otherwise, it may over- or under-estimate by an arbitrary amount.
    The result will be an integer >= 0.
    """
    if type(default) is not int:
        default = range(default).stop
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return int(val)


# Other operations

def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# In-place operations

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if isinstance(a, (list, tuple, str)):
        a += b
        return a
    if _is_sequence(a) and _is_sequence(b):
        try:
            a += b
            return a
        except TypeError as e:
            err = _concat_error(a, e)
        raise err from None
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# Callable objects

# ids of the getters whose repr is being computed (a getter that holds
# itself prints as `operator.itemgetter(...)`).
_repr_running = set()


def _not_a_base(cls):
    raise TypeError("type 'operator.%s' is not an acceptable base type"
                    % cls.__mro__[1].__name__)


def _recursive_repr(obj, name, parts):
    key = id(obj)
    if key in _repr_running:
        return 'operator.%s(...)' % name
    _repr_running.add(key)
    try:
        return 'operator.%s(%s)' % (name, ', '.join(parts()))
    finally:
        _repr_running.discard(key)


class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

    Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last).
    """
    __slots__ = ('_attrs', '_paths', '_single')

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls)

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = attrs
        self._paths = tuple(paths)
        # A single plain name is by far the common case.
        self._single = attrs[0] if len(attrs) == 1 and len(paths[0]) == 1 else None

    def __call__(self, obj, /):
        name = self._single
        if name is not None:
            return getattr(obj, name)
        paths = self._paths
        if len(paths) == 1:
            for part in paths[0]:
                obj = getattr(obj, part)
            return obj
        result = []
        for path in paths:
            o = obj
            for part in path:
                o = getattr(o, part)
            result.append(o)
        return tuple(result)

    def __repr__(self):
        return _recursive_repr(self, 'attrgetter',
                               lambda: [repr(a) for a in self._attrs])

    def __reduce__(self):
        return (attrgetter, self._attrs)


class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

    Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])
    """
    __slots__ = ('_items', '_item', '_single')

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj, /):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return _recursive_repr(self, 'itemgetter',
                               lambda: [repr(i) for i in self._items])

    def __reduce__(self):
        return (itemgetter, self._items)


class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

    Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls)

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        def parts():
            out = [repr(self._name)]
            out.extend([repr(a) for a in self._args])
            out.extend(['%s=%r' % (k, v) for k, v in self._kwargs.items()])
            return out
        return _recursive_repr(self, 'methodcaller', parts)


# The dunder names of the functions above, as CPython's operator has them.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
