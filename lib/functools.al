"""functools - Tools for working with functions and callable objects."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

# As CPython's functools, which imports these for its own use (so they
# are public names of the module there too).
from _abc import get_cache_token
from _thread import RLock
from collections import namedtuple

GenericAlias = type(list[int])


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_UnionType = type(int | str)


def _descriptor_get(descr, obj, cls):
    # descr.__get__(obj, cls), also for the descriptor kinds whose __get__
    # is not an attribute in this runtime; None when descr has no __get__.
    get = getattr(type(descr), '__get__', None)
    if get is not None:
        return get(descr, obj, cls)
    kind = type(descr)
    if kind is _FunctionType:
        return descr if obj is None else _MethodType(descr, obj)
    if kind is classmethod:
        return _MethodType(descr.__func__, type(obj) if cls is None else cls)
    if kind is staticmethod:
        return descr.__func__
    if kind is property:
        if obj is None:
            return descr
        return descr.fget(obj)
    return None


def _call(func, args, kwds):
    # func(*args, **kwds), with the common small argument counts passed
    # directly: a call with unpacking costs several times as much.
    if not kwds:
        n = len(args)
        if n == 1:
            return func(args[0])
        if n == 2:
            return func(args[0], args[1])
        if n == 0:
            return func()
        if n == 3:
            return func(args[0], args[1], args[2])
        return func(*args)
    return func(*args, **kwds)


def _has_get(descr):
    return (type(descr) in (_FunctionType, classmethod, staticmethod, property)
            or hasattr(type(descr), '__get__'))


# The ids of objects whose repr is being computed, so that an object that
# contains itself prints a placeholder instead of recursing.
_repr_running = set()


################################################################################
### update_wrapper() and wraps() decorator
################################################################################

# update_wrapper() and wraps() are tools to help write wrapper functions
# that can handle naive introspection.

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ above
    # does not hide the function really wrapped.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


################################################################################
### total_ordering class decorator
################################################################################

# Each derived method calls the root comparison through the class, so that
# a NotImplemented from it is passed on unchanged.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The ordering methods the class (or a base other than object) defines.
    roots = {op for op in _convert
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key() function converter
################################################################################

class KeyWrapper:
    """A key for sorting, comparing by calling a comparison function."""
    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self._cmp, obj)

    def _other(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, self._other(other)) != 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    __hash__ = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'functools.KeyWrapper' object")


_KeyWrapper = KeyWrapper
del KeyWrapper


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _KeyWrapper(mycmp, None)


################################################################################
### reduce() sequence to a single item
################################################################################

def reduce(*args, **kwargs):
    """
    reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % n)
    if n > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % n)
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        it = None
    if it is None:
        raise TypeError('reduce() arg 2 must support iteration')
    if n == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial() argument application
################################################################################

def _readonly(self, value=None):
    raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('_func', '_args', '_keywords', '__dict__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial of a partial (with no attributes of its own) is
        # flattened into one.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        kw = self._keywords
        if kw:
            keywords = {**kw, **keywords}
        return _call(self._func, self._args + args, keywords)

    func = property(lambda self: self._func, _readonly, _readonly,
                    'function object to use in future partial calls')
    args = property(lambda self: self._args, _readonly, _readonly,
                    'tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords, _readonly, _readonly,
                        'dictionary of keyword arguments to future partial calls')

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            for arg in self._args:
                parts.append(repr(arg))
            for k, v in self._keywords.items():
                parts.append('%s=%r' % (k, v))
        finally:
            _repr_running.discard(key)
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args,
               self._keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError('invalid partial state')
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        self.__dict__.clear()
        if namespace is not None:
            self.__dict__.update(namespace)
        self._func = func
        self._args = args
        self._keywords = kwds

    __class_getitem__ = classmethod(GenericAlias)


# Descriptor version
class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _has_get(func):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        # Flattening keeps cls or self before all the other arguments.
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join('{}={!r}'.format(k, v)
                             for k, v in self.keywords.items())
        format_string = '{module}.{cls}({func}, {args}, {keywords})'
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func,
                                    args=args,
                                    keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        result = None
        if _has_get(self.func):
            new_func = _descriptor_get(self.func, obj, cls)
            if new_func is not self.func:
                # A new object from __get__ is the callable to apply.
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            # The underlying descriptor did nothing: act as an instance
            # method.
            result = _descriptor_get(self._make_unbound_method(), obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# Helper functions

def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


################################################################################
### LRU Cache function decorator
################################################################################

class CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'

    __slots__ = ()

    _fields = ('hits', 'misses', 'maxsize', 'currsize')
    _field_defaults = {}
    __match_args__ = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(_cls, hits, misses, maxsize, currsize):
        'Create new instance of CacheInfo(hits, misses, maxsize, currsize)'
        return tuple.__new__(_cls, (hits, misses, maxsize, currsize))

    @classmethod
    def _make(cls, iterable):
        'Make a new CacheInfo object from a sequence or iterable'
        result = tuple.__new__(cls, iterable)
        if len(result) != 4:
            raise TypeError(f'Expected 4 arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        'Return a new CacheInfo object replacing specified fields with new values'
        result = self._make([kwds.pop(name, self[i])
                             for i, name in enumerate(self._fields)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        return (self.__class__.__name__
                + '(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self))

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    hits = property(lambda self: tuple.__getitem__(self, 0),
                    doc='Alias for field number 0')
    misses = property(lambda self: tuple.__getitem__(self, 1),
                      doc='Alias for field number 1')
    maxsize = property(lambda self: tuple.__getitem__(self, 2),
                       doc='Alias for field number 2')
    currsize = property(lambda self: tuple.__getitem__(self, 3),
                        doc='Alias for field number 3')


_CacheInfo = CacheInfo
del CacheInfo


class _Key:
    """A cache key made of several values, hashed once: the cache's dict
    asks for its hash each time it is looked up or stored."""

    __slots__ = ('_tuple', '_hash')

    def __init__(self, tup):
        self._tuple = tup
        self._hash = hash(tup)

    def __hash__(self):
        return self._hash

    def __eq__(self, other):
        if type(other) is _Key:
            return self._tuple == other._tuple
        if type(other) is tuple:
            return self._tuple == other
        return NotImplemented


# Separates positional from keyword arguments in a key.
_kwd_mark = object()

# Types whose hashing runs no code of the program: a key made only of them
# may be hashed again without anyone noticing.
_plain_types = {int, str, float, complex, bool, type(None)}


def _make_key(args, kwds, typed):
    # One int or str argument is its own key; anything else is a tuple of
    # the arguments, then the keyword names and values, then (when typed)
    # their types, wrapped in a _Key unless it is made of plain values.
    if not typed and not kwds:
        if len(args) == 1:
            key = args[0]
            if type(key) is int or type(key) is str:
                return key
        for v in args:
            if type(v) not in _plain_types:
                return _Key(args)
        return args
    key = list(args)
    if kwds:
        key.append(_kwd_mark)
        for k, v in kwds.items():
            key.append(k)
            key.append(v)
    if typed:
        for v in args:
            key.append(type(v))
        if kwds:
            for v in kwds.values():
                key.append(type(v))
    key = tuple(key)
    for v in key:
        if type(v) not in _plain_types and v is not _kwd_mark and not (
                typed and type(v) is type):
            return _Key(key)
    return key


# Indexes of the fields of a link of the recency list: [prev, next, key, result].
_PREV = 0
_NEXT = 1
_KEY = 2
_RESULT = 3

# Kinds of cache.
_UNCACHED = 0
_UNBOUNDED = 1
_BOUNDED = 2


class _LruState:
    # The state of one cached function, apart from the wrapper, whose
    # __dict__ holds the attributes update_wrapper copies.
    __slots__ = ('func', 'kind', 'limit', 'typed', 'info_type', 'cache',
                 'hits', 'misses', 'root')


class _lru_cache_wrapper:
    """Create a cached callable that wraps another function.

    user_function:      the function being cached

    maxsize:  0         for no caching
              None      for unlimited cache size
              n         for a bounded cache

    typed:    False     cache f(3) and f(3.0) as identical calls
              True      cache f(3) and f(3.0) as distinct calls

    cache_info_type:    namedtuple class with the fields:
                            hits misses currsize maxsize
    """

    __slots__ = ('_state', '__dict__')

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is None:
            kind = _UNBOUNDED
            limit = -1
        elif hasattr(type(maxsize), '__index__'):
            limit = range(maxsize).stop
            if limit < 0:
                limit = 0
            kind = _BOUNDED if limit else _UNCACHED
        else:
            raise TypeError('maxsize should be integer or None')
        s = _LruState()
        s.func = user_function
        s.kind = kind
        s.limit = limit
        s.typed = True if typed else False
        s.info_type = cache_info_type
        s.cache = {}
        s.hits = 0
        s.misses = 0
        # The recency list: a circular doubly linked list whose root link
        # is followed by the least recently used entry.
        root = [None, None, None, None]
        root[_PREV] = root
        root[_NEXT] = root
        s.root = root
        self._state = s

    def __call__(self, /, *args, **kwds):
        s = self._state
        kind = s.kind
        if kind == _UNCACHED:
            s.misses += 1
            return _call(s.func, args, kwds)
        key = _make_key(args, kwds, s.typed)
        cache = s.cache
        if kind == _UNBOUNDED:
            result = cache.get(key, _kwd_mark)
            if result is not _kwd_mark:
                s.hits += 1
                return result
            s.misses += 1
            result = _call(s.func, args, kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            # Move the link to the most recently used end.
            prev = link[_PREV]
            nxt = link[_NEXT]
            prev[_NEXT] = nxt
            nxt[_PREV] = prev
            root = s.root
            last = root[_PREV]
            last[_NEXT] = link
            root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            s.hits += 1
            return link[_RESULT]
        s.misses += 1
        result = _call(s.func, args, kwds)
        if key in cache:
            # The call itself cached this key: its link is up to date.
            return result
        root = s.root
        if len(cache) < s.limit or root[_NEXT] is root:
            last = root[_PREV]
            link = [last, root, key, result]
            cache[key] = link
            last[_NEXT] = link
            root[_PREV] = link
            return result
        # The cache is full: reuse the oldest link for the new entry.
        link = root[_NEXT]
        nxt = link[_NEXT]
        root[_NEXT] = nxt
        nxt[_PREV] = root
        if cache.pop(link[_KEY], None) is None:
            # The call removed the oldest entry: leave its link out.
            return result
        link[_KEY] = key
        link[_RESULT] = result
        cache[key] = link
        last = root[_PREV]
        last[_NEXT] = link
        root[_PREV] = link
        link[_PREV] = last
        link[_NEXT] = root
        return result

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        s = self._state
        limit = s.limit
        return s.info_type(s.hits, s.misses, None if limit < 0 else limit,
                           len(s.cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        s = self._state
        root = s.root
        root[_PREV] = root
        root[_NEXT] = root
        s.hits = 0
        s.misses = 0
        s.cache.clear()

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

    """
    if isinstance(maxsize, int):
        # A negative maxsize is treated as 0.
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache on the function itself.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


################################################################################
### cache -- simplified access to the infinity cache
################################################################################

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### recursive_repr -- a repr that prints a placeholder for recursive calls
################################################################################

def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

# `types.MappingProxyType`, without importing `types`.
_MappingProxy = type(type.__dict__)


def _find_impl(cls, registry):
    """Returns the best matching implementation from *registry* for type *cls*:
    the one registered for the first class of cls's MRO that has one.
    """
    for t in cls.__mro__:
        if t in registry:
            return registry[t]
    return None


def _is_union_type(cls):
    return type(cls) is _UnionType


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return (_is_union_type(cls) and
            all(isinstance(arg, type) for arg in cls.__args__))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f'Invalid first argument to `register()`. '
                    f'{cls!r} is not a class or union type.'
                )
            ann = getattr(cls, '__annotations__', None)
            if ann is None and type(cls) in (classmethod, staticmethod):
                # Their __annotations__ are those of the function they wrap.
                ann = getattr(cls.__func__, '__annotations__', None)
            if ann is None:
                ann = {}
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.'
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if cls is None:
                cls = type(None)
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f'Invalid annotation for {argname!r}. '
                        f'{cls!r} not all arguments are classes.'
                    )
                else:
                    raise TypeError(
                        f'Invalid annotation for {argname!r}. '
                        f'{cls!r} is not a class.'
                    )
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


# Descriptor version
class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not _has_get(func):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _descriptor_get(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            # A class with __slots__ may have no instance dict.
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f'instance to cache {self.attrname!r} property.')
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f'does not support item assignment for caching {self.attrname!r} property.')
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
