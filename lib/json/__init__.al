"""JSON (JavaScript Object Notation) encoding and decoding.

dumps() and dump() write Python values as JSON, loads() and load() read
them back; JSONEncoder and JSONDecoder are the classes behind them, for
subclassing and for reuse with the same settings.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from . import decoder, encoder
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as a JSON document to fp (anything with a write method),
    in pieces. The options are those of dumps()."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON document of obj, as a str.

    skipkeys: leave out dict keys that are not str, int, float, bool or
    None (instead of raising TypeError). ensure_ascii: escape non-ASCII
    characters. check_circular: raise ValueError on a container that
    contains itself. allow_nan: write NaN and infinities as JavaScript
    does (instead of raising ValueError). indent: an int (spaces) or a str
    to indent nested values with, one level per line. separators: the
    (item, key) separators, (', ', ': ') by default and (',', ': ') with
    an indent. default: called for objects the encoder does not know, to
    return something it does. sort_keys: write dicts sorted by key. cls:
    the JSONEncoder subclass to use."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document fp.read() returns; the options are
    those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def detect_encoding(b):
    """The encoding of the JSON document b (bytes): by its BOM, else by
    where its first characters (ASCII in JSON) have zero bytes."""
    if b[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if len(b) >= 4:
        if b[0] == 0:
            return 'utf-32-be' if b[1] == 0 else 'utf-16-be'
        if b[1] == 0:
            return 'utf-32-le' if b[2] == 0 and b[3] == 0 else 'utf-16-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document s.

    object_hook: called with each decoded object (a dict), its result used
    instead. object_pairs_hook: called with each object's list of (key,
    value) pairs instead, and takes precedence. parse_float, parse_int,
    parse_constant: called with the text of each float, int, and of NaN,
    Infinity and -Infinity. strict=False allows control characters in
    strings. cls: the JSONDecoder subclass to use."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
