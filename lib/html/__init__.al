"""
General functions for HTML manipulation.
"""

from html.entities import html5 as _html5
from html._charrefs import REPLACED as _REPLACED, DROPPED as _DROPPED


__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # Must be done first!
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_DIGITS = '0123456789'
_HEX_DIGITS = '0123456789abcdefABCDEF'
# The characters that end the name of a named reference.
_NAME_END = '\t\n\f <&#;'
_LONGEST_NAME = 32


def _codepoint_text(num):
    # What a numeric character reference to num stands for.
    if num in _REPLACED:
        return _REPLACED[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    for lo, hi in _DROPPED:
        if lo <= num <= hi:
            return ''
    return chr(num)


def _run(s, i, n, chars):
    # The end of the run of chars starting at s[i].
    while i < n and s[i] in chars:
        i += 1
    return i


def _reference(s, i, n):
    # The text the reference after the '&' at s[i - 1] stands for and
    # the index after it, or None when no reference starts there.
    if i < n and s[i] == '#':
        if i + 1 < n and s[i + 1] in 'xX':
            start = i + 2
            end = _run(s, start, n, _HEX_DIGITS)
            base = 16
        else:
            start = i + 1
            end = _run(s, start, n, _DIGITS)
            base = 10
        if end == start:
            return None
        text = _codepoint_text(int(s[start:end], base))
        if end < n and s[end] == ';':
            end += 1
        return text, end
    end = i
    while end < n and end - i < _LONGEST_NAME and s[end] not in _NAME_END:
        end += 1
    if end == i:
        return None
    if end < n and s[end] == ';':
        end += 1
    name = s[i:end]
    if name in _html5:
        return _html5[name], end
    # The longest name that starts the text, as the standard says.
    for x in range(len(name) - 1, 1, -1):
        if name[:x] in _html5:
            return _html5[name[:x]] + name[x:], end
    return '&' + name, end


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    out = []
    n = len(s)
    start = 0
    i = s.find('&')
    while i >= 0:
        ref = _reference(s, i + 1, n)
        if ref is None:
            i = s.find('&', i + 1)
            continue
        out.append(s[start:i])
        out.append(ref[0])
        start = ref[1]
        i = s.find('&', start)
    out.append(s[start:])
    return ''.join(out)
