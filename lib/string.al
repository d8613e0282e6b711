"""A collection of string constants, and string formatting helpers.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


####################################################################
# Template strings: $name, ${name} and $$ substitution.

from collections import ChainMap as _ChainMap

_sentinel_dict = {}

_ID_START = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ID_REST = _ID_START | frozenset('0123456789')


class _Placeholder:
    # One match of a template's pattern: where it starts and ends, and
    # which of the pattern's groups matched (escaped, named, braced or
    # invalid), with the same interface as a regular expression match.

    def __init__(self, text, start, end, kind, name, invalid_at):
        self._text = text
        self._start = start
        self._end = end
        self._kind = kind
        self._name = name
        self._invalid_at = invalid_at

    def group(self, which=0):
        if which == 0:
            return self._text[self._start:self._end]
        if which != self._kind:
            return None
        if which == 'named' or which == 'braced':
            return self._name
        if which == 'escaped':
            return self._text[self._start:self._invalid_at]
        return ''

    def start(self, which=0):
        if which == 'invalid':
            return self._invalid_at if self._kind == 'invalid' else -1
        return self._start

    def end(self):
        return self._end


def _identifier_end(text, i, n):
    # The end of the ASCII identifier starting at text[i], or i.
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_REST:
            i += 1
    return i


class _DelimiterScanner:
    # The default pattern of a template class (its delimiter, then the
    # delimiter again, an identifier, or an identifier in braces),
    # matched by hand, ignoring case as the pattern's flags say.

    def __init__(self, delimiter):
        self.delimiter = delimiter
        self.folded = delimiter.lower()

    def _delimiter_at(self, text, i):
        d = len(self.delimiter)
        return d > 0 and text[i:i + d].lower() == self.folded

    def finditer(self, text):
        n = len(text)
        d = len(self.delimiter)
        i = 0
        while i < n:
            if not self._delimiter_at(text, i):
                i += 1
                continue
            j = i + d
            if self._delimiter_at(text, j):
                yield _Placeholder(text, i, j + d, 'escaped', None, j)
                i = j + d
                continue
            end = _identifier_end(text, j, n)
            if end > j:
                yield _Placeholder(text, i, end, 'named', text[j:end], j)
                i = end
                continue
            if j < n and text[j] == '{':
                end = _identifier_end(text, j + 1, n)
                if end > j + 1 and end < n and text[end] == '}':
                    yield _Placeholder(text, i, end + 1, 'braced',
                                       text[j + 1:end], j)
                    i = end + 1
                    continue
            yield _Placeholder(text, i, j, 'invalid', None, j)
            i = j

    def sub(self, convert, text):
        pieces = []
        last = 0
        for mo in self.finditer(text):
            pieces.append(text[last:mo.start()])
            pieces.append(convert(mo))
            last = mo.end()
        pieces.append(text[last:])
        return ''.join(pieces)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    # See https://bugs.python.org/issue31672
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        # The default pattern with any delimiter is matched by hand; a
        # pattern of the class's own, or another identifier pattern or
        # flags, needs regular expressions.
        custom = []
        if 'pattern' in cls.__dict__:
            custom.append('pattern')
        if cls.idpattern != Template.idpattern:
            custom.append('idpattern')
        if cls.braceidpattern is not None:
            custom.append('braceidpattern')
        if getattr(cls, 'flags', None) is not None:
            custom.append('flags')
        if custom:
            cls.pattern = _compile_custom_pattern(cls, custom)
            cls._scanner = None
        else:
            cls._scanner = _DelimiterScanner(cls.delimiter)

    def __init__(self, template):
        self.template = template

    def _matches(self):
        # What finds the placeholders: the hand-written scanner, or the
        # compiled pattern of a class with a custom one.
        scanner = type(self)._scanner
        return scanner if scanner is not None else self.pattern

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        matches = self._matches()

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             matches)
        return matches.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        matches = self._matches()

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             matches)
        return matches.sub(convert, self.template)

    def is_valid(self):
        matches = self._matches()
        for mo in matches.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None
                    and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 matches)
        return True

    def get_identifiers(self):
        matches = self._matches()
        ids = []
        for mo in matches.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                # add a named group only the first time it appears
                ids.append(named)
            elif (named is None
                    and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 matches)
        return ids


Template._scanner = _DelimiterScanner(Template.delimiter)


def _compile_custom_pattern(cls, custom):
    # A subclass that sets its own pattern, idpattern, braceidpattern or
    # flags needs regular expressions.
    try:
        import re
    except ImportError:
        raise NotImplementedError(
            'string.Template subclasses that set %s need the re module, '
            'which alc does not provide yet' % ', '.join(custom)) from None
    if 'pattern' in cls.__dict__:
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
    flags = getattr(cls, 'flags', None)
    if flags is None:
        flags = re.IGNORECASE
    return re.compile(pattern, flags | re.VERBOSE)


# The parsing of format strings, as str.format parses them.

_SSIZE_MAX = 9223372036854775807


def _integer(text):
    # The value of text if it is all decimal digits (any script), else -1.
    if not text:
        return -1
    value = 0
    for c in text:
        if not c.isdecimal():
            return -1
        d = int(c)
        if value > (_SSIZE_MAX - d) // 10:
            raise ValueError('Too many decimal digits in format string')
        value = value * 10 + d
    return value


def _parse_field(s, i, n):
    # Parses the replacement field starting at s[i] (just after its '{'):
    # returns (field_name, format_spec, conversion, index after the field).
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    else:
        if c != '}':
            raise ValueError("expected '}' before end of string")
    if c == '}':
        return s[start:i - 1], '', None, i
    name = s[start:i - 1]
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _parser(s):
    # Yields (literal_text, field_name, format_spec, conversion) for each
    # piece of s; field_name is None after the last literal text.
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        end = i
        if not at_end:
            if s[i] == c:
                # A doubled brace is the brace itself as literal text.
                i += 1
                markup = False
            else:
                end -= 1
        if not markup:
            yield s[start:end], None, None, None
            continue
        name, spec, conversion, i = _parse_field(s, i, n)
        yield s[start:end], name, spec, conversion


def _rest_of_field(name, i):
    # Yields (is_attribute, key) for each '.attr' and '[key]' of a field
    # name from name[i] on; numeric keys are ints.
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            key = name[start:i]
            if not key:
                raise ValueError('Empty attribute in format string')
            yield True, key
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            idx = _integer(key)
            yield False, (key if idx == -1 else idx)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")


def _field_name_split(name):
    # (first, rest): the argument name or number, and an iterator over the
    # attribute and item lookups that follow it.
    i = 0
    n = len(name)
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    idx = _integer(first)
    return (first if idx == -1 else idx), _rest_of_field(name, i)


class Formatter:
    """The formatting str.format does, in methods a subclass can override:
    parse splits a format string, get_field and get_value find the
    arguments, convert_field and format_field format them, and
    check_unused_args sees which arguments were used."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Empty field names number the positional arguments in order,
            # which cannot be mixed with explicit numbers.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may hold replacement fields of its own.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples, one for each literal text and replacement field
        of format_string; field_name is None after the last literal text,
        and conversion is None when the field has none."""
        if not isinstance(format_string, str):
            raise TypeError('expected str, got %s' % type(format_string).__name__)
        return _parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return (obj, used_key): the object field_name refers to, and the
        argument it was found in."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
