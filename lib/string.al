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
           "whitespace", "Formatter"]

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
