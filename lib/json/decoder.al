"""JSON decoding: JSONDecoder and JSONDecodeError.

A recursive-descent reader over the document string. A string without
escapes is one slice up to its closing quote; one with escapes is
unescaped with str.replace (or piece by piece, with \\uXXXX escapes); a
malformed one is read again escape by escape to find CPython's error.
Every error is a JSONDecodeError with the message and position CPython's
reader reports.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A ValueError for a malformed document, with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


def _constant(name):
    return _CONSTANTS[name]


_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c


_WS = frozenset(' \t\n\r')
_DIGITS = frozenset('0123456789')

# What the first character of a value starts (0: a number, or nothing).
_FIRST = {'"': 1, '{': 2, '[': 3, 'n': 4, 't': 5, 'f': 6, 'N': 7, 'I': 8, '-': 9}
# What may follow the integer part of a number.
_FRACTION = {'.': 1, 'e': 2, 'E': 2}
# The characters that end or continue a member of an array or object.
_COMMA = 1
_CLOSE = 2
_AFTER_ITEM = {',': _COMMA, ']': _CLOSE}
_AFTER_MEMBER = {',': _COMMA, '}': _CLOSE}


def _skip(s, i, n):
    """The index of the first non-whitespace character at or after i."""
    ws = _WS
    while i < n and s[i] in ws:
        i += 1
    return i


def _hex4(s, u, n):
    """The value of the four hex digits after the 'u' at index u."""
    if u + 5 >= n:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    h = _HEX
    a = h.get(s[u + 1])
    b = h.get(s[u + 2])
    c = h.get(s[u + 3])
    d = h.get(s[u + 4])
    if a is None or b is None or c is None or d is None:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    return ((a * 16 + b) * 16 + c) * 16 + d


def _check_controls(s, chunk, start):
    """Raises for the first character below U+0020 in chunk (found at start in s)."""
    if chunk.isprintable():
        return
    i = start
    for c in chunk:
        if c < ' ':
            raise JSONDecodeError('Invalid control character at', s, i)
        i += 1


def _scanstring(s, end, strict=True):
    """The string whose opening quote is at end - 1, and the index after
    its closing quote."""
    q = s.find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if '\\' not in chunk:
            if strict and not chunk.isprintable():
                _check_controls(s, chunk, end)
            return chunk, q + 1
    return _scanstring_escapes(s, end, strict, q)


def _scanstring_escapes(s, end, strict, q):
    """_scanstring for a string with escapes (or no end): q is the index of
    the first quote at or after end, or -1."""
    # The closing quote is the first one after an even run of backslashes.
    while q >= 0:
        k = q - 1
        while s[k] == '\\':
            k -= 1
        if (q - k) % 2:
            raw = s[end:q]
            if not strict or raw.isprintable():
                text = _unescape(raw)
                if text is not None:
                    return text, q + 1
            break
        q = s.find('"', q + 1)
    return _scanstring_exact(s, end, strict)


# The escapes other than \\ and \uXXXX, and what they stand for.
_SIMPLE = [('\\"', '"'), ('\\n', '\n'), ('\\t', '\t'), ('\\/', '/'), ('\\r', '\r'),
           ('\\b', '\b'), ('\\f', '\f')]


def _unescape(raw):
    """The text of a string literal's body raw, or None when one of its
    escapes is malformed and _scanstring_exact must find the error."""
    if '\\u' in raw:
        return _unescape_pieces(raw)
    # Without \\ pairs every backslash starts an escape, and replacing one
    # kind of escape cannot make another.
    chunks = raw.split('\\\\')
    for j in range(len(chunks)):
        c = chunks[j]
        if '\\' in c:
            for e, ch in _SIMPLE:
                if e in c:
                    c = c.replace(e, ch)
            if '\\' in c:
                return None
            chunks[j] = c
    if len(chunks) == 1:
        return chunks[0]
    return '\\'.join(chunks)


def _unescape_pieces(raw):
    """_unescape for a body with \\uXXXX escapes."""
    pieces = raw.split('\\')
    out = [pieces[0]]
    escapes = _ESCAPES
    n = len(pieces)
    k = 1
    while k < n:
        p = pieces[k]
        if not p:
            # An escaped backslash: the piece after it is plain text.
            out.append('\\')
            if k + 1 < n:
                out.append(pieces[k + 1])
            k += 2
            continue
        c = p[0]
        if c != 'u':
            ch = escapes.get(c)
            if ch is None:
                return None
            out.append(ch)
            out.append(p[1:])
            k += 1
            continue
        code = _hex_piece(p)
        if code < 0:
            return None
        if 0xd800 <= code <= 0xdbff and len(p) == 5 and k + 1 < n:
            low = _hex_piece(pieces[k + 1])
            if 0xdc00 <= low <= 0xdfff:
                out.append(chr(0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))))
                out.append(pieces[k + 1][5:])
                k += 2
                continue
        out.append(chr(code))
        out.append(p[5:])
        k += 1
    return ''.join(out)


def _hex_piece(p):
    """The value of the four hex digits after the 'u' p starts with, or -1."""
    if len(p) < 5 or p[0] != 'u':
        return -1
    h = _HEX
    a = h.get(p[1])
    b = h.get(p[2])
    c = h.get(p[3])
    d = h.get(p[4])
    if a is None or b is None or c is None or d is None:
        return -1
    return ((a * 16 + b) * 16 + c) * 16 + d


def _scanstring_exact(s, end, strict):
    """_scanstring escape by escape, raising CPython's error for the first
    fault."""
    q = s.find('"', end)
    n = len(s)
    begin = end - 1
    parts = []
    i = end
    while True:
        if 0 <= q < i:
            # The quote was an escaped one.
            q = s.find('"', i)
        b = s.find('\\', i, n if q < 0 else q)
        if b < 0:
            # No escape before the closing quote (or the end).
            if q < 0:
                if strict:
                    _check_controls(s, s[i:], i)
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunk = s[i:q]
            if strict:
                _check_controls(s, chunk, i)
            parts.append(chunk)
            return ''.join(parts), q + 1
        chunk = s[i:b]
        if chunk:
            if strict:
                _check_controls(s, chunk, i)
            parts.append(chunk)
        i = b + 1
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        e = s[i]
        if e != 'u':
            ch = _ESCAPES.get(e)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, b)
            parts.append(ch)
            i += 1
            continue
        code = _hex4(s, i, n)
        i += 5
        if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
            low = _hex4(s, i + 1, n)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                i += 6
        parts.append(chr(code))


def _scan(s, i, n, ctx):
    """The value starting at index i, and the index after it."""
    if i >= n:
        raise JSONDecodeError('Expecting value', s, i)
    k = _FIRST.get(s[i], 0)
    if k == 1:
        return _scanstring(s, i + 1, ctx.strict)
    if k == 0:
        return _scan_number(s, i, i, n, ctx)
    if k == 2:
        return _parse_object(s, i + 1, n, ctx)
    if k == 3:
        return _parse_array(s, i + 1, n, ctx)
    if k == 4:
        if s.startswith('null', i):
            return None, i + 4
    elif k == 5:
        if s.startswith('true', i):
            return True, i + 4
    elif k == 6:
        if s.startswith('false', i):
            return False, i + 5
    elif k == 7:
        if s.startswith('NaN', i):
            return ctx.parse_constant('NaN'), i + 3
    elif k == 8:
        if s.startswith('Infinity', i):
            return ctx.parse_constant('Infinity'), i + 8
    elif s.startswith('-Infinity', i):
        return ctx.parse_constant('-Infinity'), i + 9
    else:
        return _scan_number(s, i, i + 1, n, ctx)
    raise JSONDecodeError('Expecting value', s, i)


def _scan_number(s, i, j, n, ctx):
    """The number starting at index i (its digits at j, after any minus
    sign), and the index after it."""
    if j >= n:
        raise JSONDecodeError('Expecting value', s, i)
    digits = _DIGITS
    c = s[j]
    if c == '0':
        j += 1
    elif c in digits:
        j += 1
        while j < n and s[j] in digits:
            j += 1
    else:
        raise JSONDecodeError('Expecting value', s, i)
    if j < n:
        kind = _FRACTION.get(s[j], 0)
        if kind:
            is_float = False
            if kind == 1:
                if j + 1 < n and s[j + 1] in digits:
                    is_float = True
                    j += 2
                    while j < n and s[j] in digits:
                        j += 1
                if j < n and (s[j] == 'e' or s[j] == 'E'):
                    kind = 2
            if kind == 2:
                k = j + 1
                if k < n and (s[k] == '-' or s[k] == '+'):
                    k += 1
                d = k
                while k < n and s[k] in digits:
                    k += 1
                if k > d:
                    is_float = True
                    j = k
            if is_float:
                return ctx.parse_float(s[i:j]), j
    return ctx.parse_int(s[i:j]), j


def _parse_object(s, i, n, ctx):
    """The object whose '{' is at i - 1, and the index after its '}'."""
    hook = ctx.object_pairs_hook
    pairs = [] if hook is not None else None
    obj = {}
    i = _skip(s, i, n)
    if i >= n or s[i] != '}':
        strict = ctx.strict
        after = _AFTER_MEMBER
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = _scanstring(s, i + 1, strict)
            if i >= n or s[i] != ':':
                i = _skip(s, i, n)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = _scan(s, _skip(s, i + 1, n), n, ctx)
            if pairs is None:
                obj[key] = value
            else:
                pairs.append((key, value))
            i = _skip(s, i, n)
            k = after.get(s[i], 0) if i < n else 0
            if k == _COMMA:
                i = _skip(s, i + 1, n)
            elif k == _CLOSE:
                break
            else:
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
    i += 1
    if pairs is not None:
        return hook(pairs), i
    hook = ctx.object_hook
    if hook is not None:
        obj = hook(obj)
    return obj, i


def _parse_array(s, i, n, ctx):
    """The array whose '[' is at i - 1, and the index after its ']'."""
    values = []
    i = _skip(s, i, n)
    if i < n and s[i] == ']':
        return values, i + 1
    after = _AFTER_ITEM
    while True:
        value, i = _scan(s, i, n, ctx)
        values.append(value)
        i = _skip(s, i, n)
        k = after.get(s[i], 0) if i < n else 0
        if k == _COMMA:
            i = _skip(s, i + 1, n)
        elif k == _CLOSE:
            return values, i + 1
        else:
            raise JSONDecodeError("Expecting ',' delimiter", s, i)


scanstring = _scanstring


class JSONDecoder(object):
    """Reads JSON documents: objects become dicts (or what the hooks make of
    them), arrays lists, strings str, numbers int or float, true, false and
    null True, False and None; NaN, Infinity and -Infinity are accepted."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The value of the JSON document s, which may have whitespace around it."""
        if not isinstance(s, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip(s, 0, n))
        end = _skip(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document starting at s[idx], and the index
        where it ends; anything may follow it."""
        if not isinstance(s, str):
            raise TypeError('first argument must be a string, not %s' % type(s).__name__)
        idx = range(idx).stop
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return _scan(s, idx, len(s), self)
