"""Tools for building and combining iterators.

Al's own implementation of CPython 3.11's itertools. Every public name is
a class (CPython's are types), except tee, which is a function there too.
The iterators keep their state in slots and do the work in __next__; the
argument checks reproduce the messages of CPython's argument parsers.
"""

# Marks an argument that was not given (None is a valid value for some).
_MISSING = object()

# _MISSING for the optional arguments a call left out, by their number.
_PADDING = ((), (_MISSING,), (_MISSING, _MISSING), (_MISSING, _MISSING, _MISSING))

_SSIZE_MIN = -(2 ** 63)
_SSIZE_MAX = 2 ** 63 - 1
# Bounds inside those that compare as machine words in Al (ints of 63 bits).
_SMALL_MIN = -(2 ** 62)
_SMALL_MAX = 2 ** 62 - 1


def _bind(fname, args, kwargs, names, nreq, maxpos):
    """Binds arguments as CPython's keyword-aware parsers do, with their
    messages: names[:maxpos] may be positional, the rest keyword-only; the
    first nreq are required. Missing optional ones are _MISSING."""
    nargs = len(args)
    maxargs = len(names)
    if not kwargs and nreq <= nargs <= maxpos:
        return args + _PADDING[maxargs - nargs]
    total = nargs + len(kwargs)
    if total > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)' % (
            fname, maxargs, 'keyword ' if nargs == 0 else '',
            '' if maxargs == 1 else 's', total))
    if nargs > maxpos:
        raise TypeError('%s() takes %s %d positional argument%s (%d given)' % (
            fname, 'at most' if nreq < maxpos else 'exactly', maxpos,
            '' if maxpos == 1 else 's', nargs))
    values = list(args)
    left = len(kwargs)
    for i in range(nargs, maxargs):
        name = names[i]
        if left and name in kwargs:
            values.append(kwargs[name])
            left -= 1
        elif i < nreq:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (
                fname, name, i + 1))
        else:
            values.append(_MISSING)
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(
                    "argument for %s() given by name ('%s') and position (%d)"
                    % (fname, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (
                    key, fname))
    return values


def _positional(fname, args, kwargs, lo, hi):
    """Checks a call that takes lo to hi positional arguments and no
    keywords, with CPython's messages."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % fname)
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            how = ''
            want = lo
        elif n < lo:
            how = 'at least '
            want = lo
        else:
            how = 'at most '
            want = hi
        raise TypeError('%s expected %s%d argument%s, got %d' % (
            fname, how, want, '' if want == 1 else 's', n))


def _index(v):
    """operator.index(v), with its message for other types."""
    if type(v) is int:
        return v
    return range(v).stop


def _ssize(v):
    """v as a C Py_ssize_t: an integer that fits in 64 bits."""
    n = _index(v)
    if not _SMALL_MIN <= n <= _SMALL_MAX and not _SSIZE_MIN <= n <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _is_number(v):
    """CPython's PyNumber_Check: ints, floats, complex numbers and objects
    convertible to one of them."""
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or t.__name__ == 'complex')


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""

    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _bind('count', args, kwargs, ('start', 'step'), 0, 2)
        if start is _MISSING:
            start = 0
        elif not _is_number(start):
            raise TypeError('a number is required')
        if step is _MISSING:
            step = 1
        elif not _is_number(step):
            raise TypeError('a number is required')
        # CPython counts in a machine integer when it can (start fits and
        # the step is 1): the start is then a plain int (count(True) is 1).
        if (isinstance(start, int)
                and (_SMALL_MIN <= start <= _SMALL_MAX or _SSIZE_MIN <= start <= _SSIZE_MAX)
                and isinstance(step, int) and step == 1):
            start = int(start)
            step = 1
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, step)


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, endlessly."""

    __slots__ = ('_it', '_saved', '_i')

    def __init__(self, *args, **kwargs):
        _positional('cycle', args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            try:
                item = next(it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._i
        item = saved[i]
        i += 1
        self._i = 0 if i == len(saved) else i
        return item


class repeat:
    """repeat(object[, times]): object, times times or endlessly."""

    __slots__ = ('_obj', '_left')

    def __init__(self, *args, **kwargs):
        obj, times = _bind('repeat', args, kwargs, ('object', 'times'), 1, 2)
        self._obj = obj
        if times is _MISSING:
            self._left = -1
        else:
            times = _ssize(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        name = type(self).__name__
        if self._left < 0:
            return '%s(%r)' % (name, self._obj)
        return '%s(%r, %d)' % (name, self._obj, self._left)


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (or results of func)."""

    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _bind(
            'accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1, 2)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = _MISSING if initial is _MISSING or initial is None else initial

    def __iter__(self):
        return self

    def __next__(self):
        initial = self._initial
        if initial is not _MISSING:
            self._initial = _MISSING
            self._total = initial
            return initial
        value = next(self._it)
        total = self._total
        if total is not _MISSING:
            func = self._func
            if func is None:
                value = total + value
            else:
                value = func(total, value)
        self._total = value
        return value


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    __slots__ = ('_source', '_active')

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._source = iter(args)
        self._active = None

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """chain.from_iterable(iterable): the items of each iterable that iterable yields, in turn."""
        if kwargs:
            raise TypeError('chain.from_iterable() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument (%d given)'
                            % len(args))
        self = cls.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is not None:
                try:
                    return next(active)
                except StopIteration:
                    self._active = None
            source = self._source
            if source is None:
                raise StopIteration
            try:
                self._active = iter(next(source))
            except BaseException:
                # The chain ends when its source ends or fails, or yields
                # something that is not iterable, as CPython's does.
                self._source = None
                raise


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    __slots__ = ('_data', '_selectors')

    def __init__(self, *args, **kwargs):
        data, selectors = _bind('compress', args, kwargs, ('data', 'selectors'), 2, 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable): the items from the first one for which predicate is false on."""

    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, *args, **kwargs):
        _positional('dropwhile', args, kwargs, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if not self._dropping:
            return next(it)
        pred = self._pred
        while True:
            item = next(it)
            if not pred(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable): the items up to the first one for which predicate is false."""

    __slots__ = ('_pred', '_it', '_stopped')

    def __init__(self, *args, **kwargs):
        _positional('takewhile', args, kwargs, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """filterfalse(predicate, iterable): the items for which predicate (or the item itself, when None) is false."""

    __slots__ = ('_pred', '_it')

    def __init__(self, *args, **kwargs):
        _positional('filterfalse', args, kwargs, 2, 2)
        pred = args[0]
        self._pred = None if pred is bool else pred
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        pred = self._pred
        if pred is None:
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not pred(item):
                return item


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for runs of items with equal keys."""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_grouper')

    def __init__(self, *args, **kwargs):
        iterable, key = _bind('groupby', args, kwargs, ('iterable', 'key'), 1, 2)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        # A new group ends the previous one: its grouper yields nothing more.
        self._grouper = None
        while True:
            currkey = self._currkey
            if currkey is not _MISSING:
                tgtkey = self._tgtkey
                if tgtkey is _MISSING or not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = currkey
        grouper = _grouper(self, currkey)
        self._grouper = grouper
        return (currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        tgtkey = self._tgtkey
        currkey = parent._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the selected items, as a slice selects them."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, *args, **kwargs):
        _positional('islice', args, kwargs, 2, 4)
        start = 0
        stop = -1
        step = 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _islice_arg(args[1])
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an '
                                     'integer: 0 <= x <= sys.maxsize.')
        else:
            if args[1] is not None:
                start = _islice_arg(args[1])
            if args[2] is not None:
                stop = _islice_arg(args[2])
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an '
                                     'integer: 0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if len(args) == 4 and args[3] is not None:
            step = _islice_arg(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            cnt = self._cnt
            nxt = self._next
            while cnt < nxt:
                next(it)
                cnt += 1
                self._cnt = cnt
            if stop != -1 and cnt >= stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            # Finished, also when the source fails, as CPython's islice is.
            self._it = None
            raise
        self._cnt = cnt + 1
        nxt += self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


def _islice_arg(v):
    """An islice() index: -1 unless v is an integer that fits in a Py_ssize_t."""
    try:
        n = _index(v)
    except Exception:
        return -1
    if not _SMALL_MIN <= n <= _SMALL_MAX and not _SSIZE_MIN <= n <= _SSIZE_MAX:
        return -1
    return n


class pairwise:
    """pairwise(iterable): overlapping pairs of successive items."""

    __slots__ = ('_it', '_old')

    def __init__(self, *args, **kwargs):
        _positional('pairwise', args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MISSING:
                old = next(it)
                self._old = old
            new = next(it)
        except BaseException:
            # Finished, also when the source fails, as CPython's pairwise is.
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)


class starmap:
    """starmap(function, iterable): function(*args) for each args in iterable."""

    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _positional('starmap', args, kwargs, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of the i-th items, padded with fillvalue to the longest."""

    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *args, **kwargs):
        fill = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fill = kwargs['fillvalue']
        its = [iter(a) for a in args]
        self._its = its
        self._active = len(its)
        self._fill = fill

    def __iter__(self):
        return self

    def __next__(self):
        if self._active == 0:
            raise StopIteration
        its = self._its
        fill = self._fill
        result = []
        i = 0
        for it in its:
            if it is None:
                result.append(fill)
            else:
                try:
                    item = next(it)
                except StopIteration:
                    active = self._active - 1
                    self._active = active
                    if active == 0:
                        raise
                    its[i] = None
                    item = fill
                except BaseException:
                    self._active = 0
                    raise
                result.append(item)
            i += 1
        return tuple(result)


class product:
    """product(*iterables, repeat=1): the cartesian product, rightmost element changing fastest."""

    __slots__ = ('_pools', '_idx', '_cur', '_state')

    def __init__(self, *args, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % key)
            repeat = _ssize(kwargs[key])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        if repeat and len(args) > _SSIZE_MAX // repeat:
            raise OverflowError('repeat argument too large')
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._idx = None
        self._cur = None
        # 0: nothing returned yet; 1: counting; 2: exhausted.
        self._state = 0

    def __iter__(self):
        return self

    def __next__(self):
        state = self._state
        if state == 1:
            pools = self._pools
            idx = self._idx
            cur = self._cur
            i = len(pools) - 1
            while i >= 0:
                pool = pools[i]
                j = idx[i] + 1
                if j < len(pool):
                    idx[i] = j
                    cur[i] = pool[j]
                    return tuple(cur)
                idx[i] = 0
                cur[i] = pool[0]
                i -= 1
            self._state = 2
            raise StopIteration
        if state == 0:
            pools = self._pools
            for pool in pools:
                if not pool:
                    self._state = 2
                    raise StopIteration
            self._idx = [0] * len(pools)
            self._cur = [pool[0] for pool in pools]
            self._state = 1
            return tuple(self._cur)
        raise StopIteration


class combinations:
    """combinations(iterable, r): r-length combinations, in lexicographic order of positions."""

    __slots__ = ('_pool', '_r', '_idx', '_cur', '_state')

    def __init__(self, *args, **kwargs):
        iterable, r = _bind('combinations', args, kwargs, ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._idx = list(range(r))
        self._cur = list(pool[:r])
        self._state = 0 if r <= len(pool) else 2

    def __iter__(self):
        return self

    def __next__(self):
        state = self._state
        if state == 1:
            pool = self._pool
            idx = self._idx
            cur = self._cur
            r = self._r
            # The rightmost index that has not reached its last position.
            i = r - 1
            top = len(pool) - r
            while i >= 0 and idx[i] == i + top:
                i -= 1
            if i < 0:
                self._state = 2
                raise StopIteration
            j = idx[i] + 1
            while i < r:
                idx[i] = j
                cur[i] = pool[j]
                i += 1
                j += 1
            return tuple(cur)
        if state == 0:
            self._state = 1
            return tuple(self._cur)
        raise StopIteration


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length combinations where items may repeat."""

    __slots__ = ('_pool', '_r', '_idx', '_cur', '_state')

    def __init__(self, *args, **kwargs):
        iterable, r = _bind('combinations_with_replacement', args, kwargs,
                            ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._idx = [0] * r
        if pool:
            self._cur = [pool[0]] * r
            self._state = 0
        else:
            self._cur = []
            self._state = 0 if r == 0 else 2

    def __iter__(self):
        return self

    def __next__(self):
        state = self._state
        if state == 1:
            pool = self._pool
            idx = self._idx
            cur = self._cur
            r = self._r
            last = len(pool) - 1
            i = r - 1
            while i >= 0 and idx[i] == last:
                i -= 1
            if i < 0:
                self._state = 2
                raise StopIteration
            j = idx[i] + 1
            value = pool[j]
            while i < r:
                idx[i] = j
                cur[i] = value
                i += 1
            return tuple(cur)
        if state == 0:
            self._state = 1
            return tuple(self._cur)
        raise StopIteration


class permutations:
    """permutations(iterable, r=None): r-length permutations, in lexicographic order of positions."""

    __slots__ = ('_cur', '_r', '_cycles', '_state')

    def __init__(self, *args, **kwargs):
        iterable, r = _bind('permutations', args, kwargs, ('iterable', 'r'), 1, 2)
        # The values themselves are permuted, in the order the classic
        # index-cycling algorithm permutes their positions.
        cur = list(iterable)
        n = len(cur)
        if r is _MISSING or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _ssize(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._cur = cur
        self._r = r
        self._cycles = list(range(n, n - r, -1)) if r <= n else []
        self._state = 0 if r <= n else 2

    def __iter__(self):
        return self

    def __next__(self):
        state = self._state
        cur = self._cur
        r = self._r
        if state == 1:
            n = len(cur)
            cycles = self._cycles
            i = r - 1
            while i >= 0:
                c = cycles[i] - 1
                if c == 0:
                    # Position i has seen every candidate: rotate it to the end.
                    v = cur[i]
                    del cur[i]
                    cur.append(v)
                    cycles[i] = n - i
                    i -= 1
                else:
                    cycles[i] = c
                    v = cur[i]
                    cur[i] = cur[n - c]
                    cur[n - c] = v
                    return tuple(cur) if r == n else tuple(cur[:r])
            self._state = 2
            raise StopIteration
        if state == 0:
            self._state = 1 if cur else 2
            return tuple(cur) if r == len(cur) else tuple(cur[:r])
        raise StopIteration


class _tee_data:
    """The values a group of tee iterators share: a run of up to _LINKCELLS
    values read from the source, linked to the next run."""

    __slots__ = ('it', 'values', 'next')

    def __init__(self, it):
        self.it = it
        self.values = []
        self.next = None


_LINKCELLS = 57


class _tee:
    """An iterator over values it shares with its copies."""

    __slots__ = ('_data', '_index')

    def __init__(self, *args, **kwargs):
        _positional('_tee', args, kwargs, 1, 1)
        it = iter(args[0])
        if type(it) is _tee:
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_data(it)
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._index
        if i >= _LINKCELLS:
            nxt = data.next
            if nxt is None:
                nxt = _tee_data(data.it)
                data.next = nxt
            data = nxt
            self._data = data
            i = 0
        values = data.values
        if i < len(values):
            value = values[i]
        else:
            value = next(data.it)
            values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._data = self._data
        t._index = self._index
        return t


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over the items of iterable."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    _positional('tee', args, {}, 1, 2)
    n = 2 if len(args) == 1 else _ssize(args[1])
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(args[0])
    copy = getattr(it, '__copy__', None)
    if copy is None:
        first = _tee.__new__(_tee)
        first._data = _tee_data(it)
        first._index = 0
        copy = first.__copy__
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        result.append(copy())
    return tuple(result)
