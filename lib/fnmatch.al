"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""
import os
import posixpath
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# The characters a regular expression needs escaped (re.escape's set).
_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'

# Pattern pieces: a literal character is a str of length 1; the others
# are tuples.
_STAR = ('*',)
_ANY = ('?',)


def _class_chunks(pat, i, j):
    # The bracket expression pat[i:j] (without its brackets) as chunks:
    # consecutive chunks are joined by a range from the last character of
    # one to the first of the next; ranges that run backwards are dropped
    # with both their ends.
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k = k + 3
    last = pat[i:j]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


class _Class:
    # A bracket expression: its text in the regular expression and the
    # characters it matches.

    def __init__(self, pat, i, j):
        stuff = pat[i:j]
        if '-' not in stuff:
            chunks = [stuff]
            text = stuff.replace('\\', '\\\\')
        else:
            chunks = _class_chunks(pat, i, j)
            text = '-'.join([c.replace('\\', '\\\\').replace('-', '\\-')
                             for c in chunks])
        self.text = ''.join(['\\' + c if c in '&~|' else c for c in text])
        self.negated = False
        self.chars = ''
        self.ranges = []
        if self.text and self.text[0] == '!':
            self.negated = True
            chunks[0] = chunks[0][1:]
        last = len(chunks) - 1
        for n in range(len(chunks)):
            chunk = chunks[n]
            lo = 1 if n > 0 else 0
            hi = len(chunk) - 1 if n < last else len(chunk)
            self.chars += chunk[lo:hi]
            if n < last:
                self.ranges.append((chunk[-1], chunks[n + 1][0]))

    def regex(self):
        if not self.text:
            return '(?!)'
        if self.text == '!':
            return '.'
        if self.text[0] == '!':
            return '[^' + self.text[1:] + ']'
        if self.text[0] in '^[':
            return '[\\' + self.text + ']'
        return '[' + self.text + ']'

    def matches(self, c):
        found = c in self.chars
        if not found:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    found = True
                    break
        return found != self.negated


def _pieces(pat):
    # The pattern as a list of pieces; consecutive stars become one.
    res = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append(_ANY)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('[')
            else:
                res.append(_Class(pat, i, j))
                i = j + 1
        else:
            res.append(c)
    return res


def _piece_regex(piece):
    if piece is _ANY:
        return '.'
    if isinstance(piece, _Class):
        return piece.regex()
    return '\\' + piece if piece in _SPECIAL else piece


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    pieces = _pieces(pat)
    res = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        res.append(_piece_regex(pieces[i]))
        i += 1
    # Each star followed by fixed pieces and another star matches lazily
    # and atomically up to those pieces; the last star is greedy.
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(_piece_regex(pieces[i]))
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(res) + ')\\Z'


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        return _pieces(str(pat, 'ISO-8859-1')), True
    len(pat)
    return _pieces(pat), False


def _piece_matches(piece, c):
    if piece is _ANY:
        return True
    if isinstance(piece, _Class):
        return piece.matches(c)
    return piece == c


def _match(pieces, name):
    # Whether name matches the pieces as a whole: a star takes as few
    # characters as it can, and more when what follows fails.
    p = 0
    s = 0
    star = -1
    star_s = 0
    np = len(pieces)
    ns = len(name)
    while s < ns:
        if p < np and pieces[p] is _STAR:
            star = p
            p += 1
            star_s = s
        elif p < np and _piece_matches(pieces[p], name[s]):
            p += 1
            s += 1
        elif star >= 0:
            p = star + 1
            star_s += 1
            s = star_s
        else:
            return False
    while p < np and pieces[p] is _STAR:
        p += 1
    return p == np


def _matcher(pat):
    pieces, is_bytes = _compile_pattern(pat)

    def match(name):
        if isinstance(name, str):
            if is_bytes:
                raise TypeError('cannot use a bytes pattern on a string-like '
                                'object')
            return _match(pieces, name)
        if isinstance(name, (bytes, bytearray, memoryview)):
            if not is_bytes:
                raise TypeError('cannot use a string pattern on a bytes-like '
                                'object')
            return _match(pieces, str(bytes(name), 'ISO-8859-1'))
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(name).__name__)
    return match


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _matcher(pat)(name)
