"""JSON encoding: JSONEncoder.

encode() appends the pieces of the document to one list and joins them;
iterencode() is a generator giving the document in the pieces CPython's
iterencode gives (dump() writes each of them), lazily.
"""

_INF = float('inf')

# The escape of each ASCII character in a JSON string (itself when it needs none).
_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
        '\b': '\\b', '\f': '\\f'}
_ASCII = {}
for _i in range(128):
    _c = chr(_i)
    if _c in _ESC:
        _ASCII[_c] = _ESC[_c]
    elif _i < 0x20 or _i == 0x7f:
        _ASCII[_c] = '\\u%04x' % _i
    else:
        _ASCII[_c] = _c
del _i, _c


# The escapes of the non-ASCII characters met so far.
_NON_ASCII = {}


def _u_escape(c):
    """\\uXXXX for a non-ASCII character, as a surrogate pair above U+FFFF."""
    n = ord(c)
    if n < 0x10000:
        text = '\\u%04x' % n
    else:
        n -= 0x10000
        text = '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
    _NON_ASCII[c] = text
    return text


def py_encode_basestring(s):
    """The JSON representation of the str s, with its non-ASCII characters as they are."""
    if type(s) is not str:
        s = str.__str__(s)
    if s.isprintable():
        if '"' not in s and '\\' not in s:
            return f'"{s}"'
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    if '\\' in s:
        s = s.replace('\\', '\\\\')
    if '"' in s:
        s = s.replace('"', '\\"')
    for c in {c for c in s if c < ' '}:
        s = s.replace(c, _ASCII[c])
    return f'"{s}"'


def py_encode_basestring_ascii(s):
    """The JSON representation of the str s in ASCII, with \\uXXXX escapes."""
    if type(s) is not str:
        s = str.__str__(s)
    if s.isascii():
        if s.isprintable():
            if '"' not in s and '\\' not in s:
                return f'"{s}"'
            return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
        table = _ASCII
        return '"' + ''.join([table[c] for c in s]) + '"'
    table = _ASCII
    cache = _NON_ASCII
    return '"' + ''.join([table.get(c) or cache.get(c) or _u_escape(c) for c in s]) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


# Encoded short strings, by ensure_ascii: a str method call costs more than
# a dict lookup, and keys and many values repeat.
_CACHE_ASCII = {}
_CACHE_UNICODE = {}
_CACHE_LIMIT = 20000


def _encode_cached(s, cache, encstr):
    text = encstr(s)
    if len(s) <= 64:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[s] = text
    return text


def _floatstr(o, st):
    if o != o:
        text = 'NaN'
    elif o == _INF:
        text = 'Infinity'
    elif o == -_INF:
        text = '-Infinity'
    elif type(o) is float:
        return repr(o)
    else:
        return float.__repr__(o)
    if not st.allow_nan:
        # CPython's Python encoder (used with an indent, and by iterencode
        # and dump) names the value; its C encoder does not.
        if st.name_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        raise ValueError('Out of range float values are not JSON compliant')
    return text


def _intstr(o):
    if type(o) is int:
        return repr(o)
    return int.__repr__(o)


class _State:
    """One encoding's settings, read by the functions below."""

    __slots__ = ('markers', 'default', 'encstr', 'cache', 'allow_nan', 'name_nan',
                 'sort_keys', 'skipkeys', 'indent', 'item_separator', 'key_separator')

    def __init__(self, encoder, indent, name_nan):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        if encoder.ensure_ascii:
            self.encstr = py_encode_basestring_ascii
            self.cache = _CACHE_ASCII
        else:
            self.encstr = py_encode_basestring
            self.cache = _CACHE_UNICODE
        self.allow_nan = encoder.allow_nan
        self.name_nan = name_nan
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator


def _key(key, st):
    """The str a dict key becomes, or None when skipkeys skips it."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _floatstr(key, st)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return _intstr(key)
    if st.skipkeys:
        return None
    raise TypeError('keys must be str, int, float, bool or None, not %s'
                    % type(key).__name__)


def _scalar(o, st):
    """The JSON text of o when it is a str, number, bool or None, else None."""
    t = type(o)
    if t is str:
        return st.encstr(o)
    if t is int:
        return repr(o)
    if t is float:
        return _floatstr(o, st)
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, str):
        return st.encstr(o)
    if isinstance(o, int):
        return _intstr(o)
    if isinstance(o, float):
        return _floatstr(o, st)
    return None


# ---- encode(): pieces appended to one list --------------------------------------------

def _enc(o, out, st, level):
    text = _scalar(o, st)
    if text is not None:
        out.append(text)
    elif isinstance(o, (list, tuple)):
        _enc_list(o, out, st, level)
    elif isinstance(o, dict):
        _enc_dict(o, out, st, level)
    else:
        markers = st.markers
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = o
        _enc(st.default(o), out, st, level)
        if markers is not None:
            del markers[mid]


def _enc_list(o, out, st, level):
    if not o:
        out.append('[]')
        return
    markers = st.markers
    if markers is not None:
        mid = id(o)
        if mid in markers:
            raise ValueError('Circular reference detected')
        markers[mid] = o
    indent = st.indent
    if indent is None:
        sep = st.item_separator
        out.append('[')
    else:
        level += 1
        newline = '\n' + indent * level
        sep = st.item_separator + newline
        out.append('[' + newline)
    encstr = st.encstr
    cache = st.cache
    first = True
    for v in o:
        if first:
            first = False
        else:
            out.append(sep)
        t = type(v)
        if t is str:
            text = cache.get(v)
            out.append(text if text is not None else _encode_cached(v, cache, encstr))
        elif t is int:
            out.append(repr(v))
        else:
            _enc(v, out, st, level)
    if indent is not None:
        out.append('\n' + indent * (level - 1) + ']')
    else:
        out.append(']')
    if markers is not None:
        del markers[mid]


def _enc_dict(o, out, st, level):
    if not o:
        out.append('{}')
        return
    markers = st.markers
    if markers is not None:
        mid = id(o)
        if mid in markers:
            raise ValueError('Circular reference detected')
        markers[mid] = o
    indent = st.indent
    if indent is None:
        sep = st.item_separator
        out.append('{')
    else:
        level += 1
        newline = '\n' + indent * level
        sep = st.item_separator + newline
        out.append('{' + newline)
    keysep = st.key_separator
    encstr = st.encstr
    cache = st.cache
    items = sorted(o.items()) if st.sort_keys else o.items()
    first = True
    for k, v in items:
        if type(k) is not str:
            k = _key(k, st)
            if k is None:
                continue
        if first:
            first = False
        else:
            out.append(sep)
        text = cache.get(k)
        out.append(text if text is not None else _encode_cached(k, cache, encstr))
        out.append(keysep)
        t = type(v)
        if t is str:
            text = cache.get(v)
            out.append(text if text is not None else _encode_cached(v, cache, encstr))
        elif t is int:
            out.append(repr(v))
        else:
            _enc(v, out, st, level)
    if indent is not None:
        out.append('\n' + indent * (level - 1) + '}')
    else:
        out.append('}')
    if markers is not None:
        del markers[mid]


# ---- iterencode(): the same document, lazily, in CPython's pieces -----------------------

def _iter(o, st, level):
    text = _scalar(o, st)
    if text is not None:
        yield text
    elif isinstance(o, (list, tuple)):
        yield from _iter_list(o, st, level)
    elif isinstance(o, dict):
        yield from _iter_dict(o, st, level)
    else:
        markers = st.markers
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = o
        yield from _iter(st.default(o), st, level)
        if markers is not None:
            del markers[mid]


def _iter_list(o, st, level):
    if not o:
        yield '[]'
        return
    markers = st.markers
    if markers is not None:
        mid = id(o)
        if mid in markers:
            raise ValueError('Circular reference detected')
        markers[mid] = o
    indent = st.indent
    buf = '['
    if indent is None:
        sep = st.item_separator
    else:
        level += 1
        newline = '\n' + indent * level
        sep = st.item_separator + newline
        buf += newline
    first = True
    for v in o:
        if first:
            first = False
        else:
            buf = sep
        text = _scalar(v, st)
        if text is not None:
            yield buf + text
        else:
            yield buf
            yield from _iter(v, st, level)
    if indent is not None:
        yield '\n' + indent * (level - 1)
    yield ']'
    if markers is not None:
        del markers[mid]


def _iter_dict(o, st, level):
    if not o:
        yield '{}'
        return
    markers = st.markers
    if markers is not None:
        mid = id(o)
        if mid in markers:
            raise ValueError('Circular reference detected')
        markers[mid] = o
    yield '{'
    indent = st.indent
    if indent is None:
        sep = st.item_separator
    else:
        level += 1
        newline = '\n' + indent * level
        sep = st.item_separator + newline
        yield newline
    keysep = st.key_separator
    items = sorted(o.items()) if st.sort_keys else o.items()
    first = True
    for k, v in items:
        k = _key(k, st)
        if k is None:
            continue
        if first:
            first = False
        else:
            yield sep
        yield st.encstr(k)
        yield keysep
        text = _scalar(v, st)
        if text is not None:
            yield text
        else:
            yield from _iter(v, st, level)
    if indent is not None:
        yield '\n' + indent * (level - 1)
    yield '}'
    if markers is not None:
        del markers[mid]


class JSONEncoder(object):
    """Writes Python values as JSON: dicts as objects, lists and tuples as
    arrays, str as strings, int and float as numbers, True, False and None
    as true, false and null; anything else goes through default()."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object the encoder does not know; returns something
        it knows, or raises TypeError (as this one does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def _indent(self):
        indent = self.indent
        if indent is None or isinstance(indent, str):
            return indent
        return ' ' * indent

    def encode(self, o):
        """The JSON document of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return py_encode_basestring_ascii(o)
            return py_encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            chunks = self.iterencode(o, _one_shot=True)
            if not isinstance(chunks, (list, tuple)):
                chunks = list(chunks)
            return ''.join(chunks)
        indent = self._indent()
        out = []
        _enc(o, out, _State(self, indent, indent is not None), 0)
        return ''.join(out)

    def iterencode(self, o, _one_shot=False):
        """The JSON document of o, in pieces, made as they are asked for."""
        indent = self._indent()
        if _one_shot and indent is None:
            out = []
            _enc(o, out, _State(self, None, False), 0)
            return [''.join(out)]
        return _iter(o, _State(self, indent, True), 0)
