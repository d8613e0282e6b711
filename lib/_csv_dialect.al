"""What `csv` holds in CPython's C module `_csv`: `Error`, the quoting
constants, the checked, read-only dialect objects readers and writers
use, the dialect registry and `field_size_limit`."""

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    __module__ = "_csv"


# The largest field a reader accepts (a list, so csv's reader sees
# changes).
_field_limit = [128 * 1024]

_dialects = {}

_NAMES = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")

_DEFAULTS = {
    "delimiter": ",",
    "doublequote": True,
    "escapechar": None,
    "lineterminator": "\r\n",
    "quotechar": '"',
    "quoting": QUOTE_MINIMAL,
    "skipinitialspace": False,
    "strict": False,
}


def _char(name, value, optional):
    # A 1-character str parameter (or None when optional).
    if value is None and optional:
        return None
    if not isinstance(value, str):
        if optional:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """A checked, read-only set of CSV formatting parameters, as reader
    and writer objects hold them (`_csv.Dialect`)."""

    __module__ = "_csv"

    def __init__(self, dialect=None, **kwargs):
        values = {}
        # A quotechar of None given as a keyword turns quoting off, unless
        # quoting is given too.
        quoting_given = "quoting" in kwargs or "quotechar" not in kwargs
        for name in _NAMES:
            if name in kwargs:
                value = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                value = getattr(dialect, name)
            else:
                value = _DEFAULTS[name]
            values[name] = value
        quotechar_given = values["quotechar"]
        v = {}
        v["delimiter"] = _char("delimiter", values["delimiter"], False)
        v["doublequote"] = bool(values["doublequote"])
        v["escapechar"] = _char("escapechar", values["escapechar"], True)
        lineterminator = values["lineterminator"]
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        v["lineterminator"] = lineterminator
        v["quotechar"] = _char("quotechar", quotechar_given, True)
        quoting = values["quoting"]
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if v["quotechar"] is None and quoting != QUOTE_NONE:
            if quoting_given:
                raise TypeError("quotechar must be set if quoting enabled")
            quoting = QUOTE_NONE
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        v["quoting"] = quoting
        v["skipinitialspace"] = bool(values["skipinitialspace"])
        v["strict"] = bool(values["strict"])
        object.__setattr__(self, "_v", v)

    def __getattr__(self, name):
        v = object.__getattribute__(self, "_v")
        if name in v:
            return v[name]
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name in _NAMES:
            raise AttributeError(
                f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")


def _make_dialect(dialect, kwargs):
    # The Dialect a reader or writer uses: a registered name or a dialect
    # object (or class), with keyword parameters overriding it.
    for key in kwargs:
        if key not in _NAMES:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    """Registers dialect (an object or class, with fmtparams overriding it)
    under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams) if dialect is not None or fmtparams else Dialect()


def unregister_dialect(name):
    """Removes the dialect registered under name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """The largest field a reader accepts; with an argument, sets it and
    returns the old limit."""
    for key in kwargs:
        raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % key)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit[0]
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = limit
    return old
