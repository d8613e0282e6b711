"""Dates, times and their differences: `date`, `time`, `datetime`,
`timedelta`, `tzinfo` and the fixed-offset `timezone`, with CPython 3.11's
results, reprs and messages.

CPython's classes are written in C; these are Al classes that carry the C
types' dotted names (`__alc_tp_name__`), so messages name them as CPython's
do (`'datetime.date'`). Values are stored in slots and built without going
through the public constructors on the common paths (`_new_date`,
`_new_datetime`, `_new_delta`); the argument checks happen once, in
`__new__`. Hashes are those of CPython's (of the values' bytes), so sets
and dicts of them iterate in CPython's order."""

import time as _time
import math as _math
from operator import index as _index
import _strptime

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_NO = object()
_object_new = object.__new__

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (
    None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)

# Days in 400, 100 and 4 years of the Gregorian calendar.
_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    # Day 1 is 0001-01-01 of the proleptic Gregorian calendar.
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        n += 1
    return n


def _ord2ymd(n):
    # Splits the days since 0001-01-01 into whole 400-, 100-, 4- and
    # 1-year cycles; the last day of a 4-year or 400-year cycle is the
    # day after a full 1-year or 100-year count.
    n -= 1
    n400 = n // _DI400Y
    n = n % _DI400Y
    n100 = n // _DI100Y
    n = n % _DI100Y
    n4 = n // _DI4Y
    n = n % _DI4Y
    n1 = n // 365
    n = n % 365
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= 29 if month == 2 and leap else _DAYS_IN_MONTH[month]
    return year, month, n - before + 1


def _iso_week1_monday(year):
    # The ordinal of the Monday of ISO week 1 (the week with January 4th).
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _tpname(obj):
    t = type(obj)
    if t in _OWN_TYPES:
        return "datetime." + t.__name__
    return t.__name__


def _intarg(v):
    if type(v) is int:
        return v
    return _index(v)


_DELTA_NAMES = (
    "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks",
)
_DATE_NAMES = ("year", "month", "day")
_TIME_NAMES = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_DATETIME_NAMES = _DATE_NAMES + _TIME_NAMES[:5] + ("fold",)


def _check_date_fields(year, month, day):
    if type(year) is not int:
        year = _index(year)
    if type(month) is not int:
        month = _index(month)
    if type(day) is not int:
        day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if type(hour) is not int:
        hour = _index(hour)
    if type(minute) is not int:
        minute = _index(minute)
    if type(second) is not int:
        second = _index(second)
    if type(microsecond) is not int:
        microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if type(fold) is not int:
        fold = _index(fold)
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(
            "tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
            % _tpname(tz)
        )


def _given(values):
    # The parameters bound to something other than their defaults (0,
    # None or _NO): what CPython counts as given, as far as it can be told.
    out = []
    for v in values:
        if v is _NO or v is None or (type(v) is int and v == 0):
            out.append(_NO)
        else:
            out.append(v)
    return out


def _bad_args(fname, names, npos_max, values, nrequired, args, kwargs):
    # The messages of CPython's PyArg_ParseTupleAndKeywords for a call the
    # Al signature took with extra positional or keyword arguments.
    where = "function" if fname is None else fname + "()"
    named = 0
    for v in values:
        if v is not _NO:
            named += 1
    given = named + len(args) + len(kwargs)
    total = len(names)
    if given > total:
        return TypeError(
            "%s takes at most %d argument%s (%d given)"
            % (where, total, "" if total == 1 else "s", given)
        )
    if args:
        return TypeError(
            "%s takes at most %d positional argument%s (%d given)"
            % (where, npos_max, "" if npos_max == 1 else "s", npos_max + len(args))
        )
    for i in range(nrequired):
        if values[i] is _NO:
            return _missing(fname, names[i], i + 1)
    for k in kwargs:
        return TypeError(
            "'%s' is an invalid keyword argument for %s"
            % (k, "this function" if fname is None else fname + "()")
        )
    return TypeError("%s takes at most %d arguments (%d given)" % (where, total, given))


def _missing(fname, name, pos):
    where = "function" if fname is None else fname + "()"
    return TypeError("%s missing required argument '%s' (pos %d)" % (where, name, pos))


def _divide_and_round(a, b):
    # a / b rounded to the nearest int, ties to even (b != 0).
    q = a // b
    r = a % b
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


def _format_offset(off, sep):
    # "+HH<sep>MM[<sep>SS[.ffffff]]" of a timedelta offset, or "" for None.
    if off is None:
        return ""
    us = (off._days * 86400 + off._seconds) * 1000000 + off._microseconds
    if us < 0:
        sign = "-"
        us = -us
    else:
        sign = "+"
    secs = us // 1000000
    us = us % 1000000
    mm = secs // 60
    ss = secs % 60
    hh = mm // 60
    mm = mm % 60
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _check_offset(name, off):
    # What tzinfo.utcoffset() and dst() may return.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError(
            "tzinfo.%s() must return None or timedelta, not '%s'" % (name, _tpname(off))
        )
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError(
            "offset must be a timedelta strictly between -timedelta(hours=24)"
            " and timedelta(hours=24)."
        )
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(
            "tzinfo.tzname() must return None or a string, not '%s'" % _tpname(name)
        )
    return name


def _wrap_strftime(obj, fmt, timetuple):
    # %f, %z and %Z are the object's own; the rest is time.strftime's,
    # which reads the format as a C string (up to a NUL) of UTF-8.
    if not fmt.isascii():
        fmt.encode("utf-8")
    if "\x00" in fmt:
        fmt = fmt[: fmt.index("\x00")]
    if "%f" not in fmt and "%z" not in fmt and "%Z" not in fmt:
        return _time.strftime(fmt, timetuple)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "").replace("%", "%%"))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%")
            out.append(ch)
    return _time.strftime("".join(out), timetuple)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError("format() argument 2 must be str, not %s" % _tpname(fmt))


# ----------------------------------------------------------------- timedelta

_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999


def _new_delta(cls, days, seconds, microseconds):
    # A timedelta from normalised fields (0 <= seconds < 86400,
    # 0 <= microseconds < 10**6), checking the days' range.
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if -2147483648 <= days <= 2147483647:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        raise OverflowError("Python int too large to convert to C int")
    self = _object_new(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _delta_from_us(us):
    if 0 <= us < _US_PER_DAY:
        s = us // 1000000
        u = us % 1000000
        return _new_delta(timedelta, 0, s, u)
    d = us // _US_PER_DAY
    us = us % _US_PER_DAY
    s = us // 1000000
    u = us % 1000000
    return _new_delta(timedelta, d, s, u)


def _delta_us(td):
    return (td._days * 86400 + td._seconds) * 1000000 + td._microseconds


_DELTA_UNITS = (
    ("microseconds", 1),
    ("milliseconds", 1000),
    ("seconds", 1000000),
    ("minutes", 60000000),
    ("hours", 3600000000),
    ("days", 86400000000),
    ("weeks", 604800000000),
)


def _delta_total_us(values):
    # The exact total of int components, plus the float ones split into
    # whole microseconds and a leftover fraction, rounded half to even
    # at the end (against the parity of the whole total).
    total = 0
    leftover = 0.0
    for i in range(7):
        v = values[i]
        name, factor = _DELTA_UNITS[i]
        if isinstance(v, int):
            total += int(v) * factor
        elif isinstance(v, float):
            frac, whole = _math.modf(v)
            total += int(whole) * factor
            if frac != 0.0:
                frac, whole = _math.modf(float(factor) * frac)
                total += int(whole)
                leftover += frac
        else:
            raise TypeError(
                "unsupported type for timedelta %s component: %s" % (name, _tpname(v))
            )
    if leftover != 0.0:
        rounded = round(leftover)
        if abs(rounded - leftover) == 0.5:
            odd = total & 1
            rounded = 2.0 * round((leftover + odd) * 0.5) - odd
        total += int(rounded)
    return total


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __alc_tp_name__ = "datetime.timedelta"
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(
        cls,
        days=0,
        seconds=0,
        microseconds=0,
        milliseconds=0,
        minutes=0,
        hours=0,
        weeks=0,
        *args,
        **kwargs
    ):
        if args or kwargs:
            raise _bad_args(
                "__new__",
                _DELTA_NAMES,
                7,
                _given((days, seconds, microseconds, milliseconds, minutes, hours, weeks)),
                0,
                args,
                kwargs,
            )
        if (
            type(days) is int
            and type(seconds) is int
            and type(microseconds) is int
            and type(milliseconds) is int
            and type(minutes) is int
            and type(hours) is int
            and type(weeks) is int
        ):
            if milliseconds == 0 and minutes == 0 and hours == 0 and weeks == 0:
                if 0 <= seconds < 86400 and 0 <= microseconds < 1000000:
                    return _new_delta(cls, days, seconds, microseconds)
                s = microseconds // 1000000
                us = microseconds % 1000000
                d, s = divmod(seconds + s, 86400)
                return _new_delta(cls, days + d, s, us)
            us = (
                ((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds)
                * 1000000
                + milliseconds * 1000
                + microseconds
            )
            d = us // _US_PER_DAY
            us = us % _US_PER_DAY
            s = us // 1000000
            us = us % 1000000
            return _new_delta(cls, d, s, us)
        us = _delta_total_us(
            (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        )
        d = us // _US_PER_DAY
        us = us % _US_PER_DAY
        s = us // 1000000
        us = us % 1000000
        return _new_delta(cls, d, s, us)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return _delta_us(self) / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_tpname(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh = mm // 60
        mm = mm % 60
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        d = self._days
        if d:
            return "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", s)
        return s

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            raise TypeError(
                "unsupported format string passed to %s.__format__" % _tpname(self)
            )
        return str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            d = self._days + other._days
            s = self._seconds + other._seconds
            us = self._microseconds + other._microseconds
            if us >= 1000000:
                us -= 1000000
                s += 1
            if s >= 86400:
                s -= 86400
                d += 1
            return _new_delta(timedelta, d, s, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            d = self._days - other._days
            s = self._seconds - other._seconds
            us = self._microseconds - other._microseconds
            if us < 0:
                us += 1000000
                s -= 1
            if s < 0:
                s += 86400
                d -= 1
            return _new_delta(timedelta, d, s, us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-_delta_us(self))

    def __pos__(self):
        return _new_delta(timedelta, self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _delta_from_us(-_delta_us(self))
        return _new_delta(timedelta, self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(_delta_us(self) * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(_divide_and_round(_delta_us(self) * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = _delta_us(other)
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_us(self) // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_delta_us(self) // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = _delta_us(other)
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return _delta_us(self) / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_and_round(_delta_us(self), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_and_round(b * _delta_us(self), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = _delta_us(other)
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(_delta_us(self) % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = _delta_us(other)
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(_delta_us(self), d)
            return q, _delta_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (
                self._days == other._days
                and self._seconds == other._seconds
                and self._microseconds == other._microseconds
            )
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (
                self._days == other._days
                and self._seconds == other._seconds
                and self._microseconds == other._microseconds
            )
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(self) < _delta_us(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(self) <= _delta_us(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(self) > _delta_us(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(self) >= _delta_us(other)
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = _delta_hash(self._days, self._seconds, self._microseconds)
            self._hashcode = h
        return h

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __copy__(self):
        if type(self) is timedelta:
            return self
        return self.__class__(self._days, self._seconds, self._microseconds)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _delta_hash(d, s, us):
    return hash((d, s, us))


timedelta.min = _new_delta(timedelta, -_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _new_delta(timedelta, _MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _new_delta(timedelta, 0, 0, 1)
_ZERO = _new_delta(timedelta, 0, 0, 0)
_ONE_DAY = _new_delta(timedelta, 1, 0, 0)


# ---------------------------------------------------------------- ISO parsing


def _digits(s, i, n):
    # The int of the n ASCII digits at s[i:i+n], or -1.
    if i + n > len(s):
        return -1
    v = 0
    for k in range(i, i + n):
        c = ord(s[k]) - 48
        if c < 0 or c > 9:
            return -1
        v = v * 10 + c
    return v


def _iso_date_len(s):
    # How many leading characters of s a date in one of 3.11's ISO forms
    # takes (the datetime separator follows them).
    if len(s) > 4 and s[4] == "-":
        if len(s) > 5 and s[5] == "W":
            if len(s) > 8 and s[8] == "-":
                return 10
            return 8
        return 10
    if len(s) > 4 and s[4] == "W":
        if len(s) > 7 and "0" <= s[7] <= "9":
            return 8
        return 7
    return 8


def _parse_iso_date(s):
    # (year, month, day) of a whole string in one of the ISO date forms, or
    # None; the values are not range-checked (the constructor does that).
    n = len(s)
    if n not in (7, 8, 10):
        return None
    year = _digits(s, 0, 4)
    if year < 0:
        return None
    ext = s[4] == "-"
    i = 5 if ext else 4
    if i < n and s[i] == "W":
        week = _digits(s, i + 1, 2)
        if week < 0:
            return None
        i += 3
        day = 1
        if i < n:
            if ext:
                if s[i] != "-":
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day < 0:
                return None
            i += 1
        if i != n:
            return None
        try:
            return _isocal_to_ymd(year, week, day)
        except ValueError:
            return None
    month = _digits(s, i, 2)
    if month < 0:
        return None
    i += 2
    if ext:
        if i >= n or s[i] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day < 0 or i + 2 != n:
        return None
    return year, month, day


def _parse_hms(s, i, end):
    # [HH[:?MM[:?SS]]][.,f+] in s[i:end]: (status, hour, minute, second,
    # microsecond); status -1 is an error, 0 the text ended cleanly, 1 one
    # stray character followed the last field.
    vals = [0, 0, 0]
    sep = True
    k = 0
    frac_at = -1
    while k < 3:
        v = _digits(s, i, 2)
        if v < 0:
            return -1, 0, 0, 0, 0
        vals[k] = v
        i += 2
        c = s[i] if i < len(s) else ""
        i += 1
        if k == 0:
            sep = c == ":"
        if i >= end:
            return (1 if i <= len(s) else 0), vals[0], vals[1], vals[2], 0
        if sep and c == ":":
            k += 1
            continue
        if c == "." or c == ",":
            frac_at = i
            break
        if not sep:
            i -= 1
        else:
            return -1, 0, 0, 0, 0
        k += 1
    if frac_at < 0:
        frac_at = i
    remain = end - frac_at
    if remain <= 0:
        return -1, 0, 0, 0, 0
    take = remain if remain < 6 else 6
    us = _digits(s, frac_at, take)
    if us < 0:
        return -1, 0, 0, 0, 0
    us *= 10 ** (6 - take)
    j = frac_at + take
    while j < len(s) and "0" <= s[j] <= "9":
        j += 1
    return (1 if j < len(s) else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(s):
    # (hour, minute, second, microsecond, tzinfo) of an ISO time, or None.
    n = len(s)
    tzpos = 0
    while tzpos < n:
        c = s[tzpos]
        if c == "Z" or c == "+" or c == "-":
            break
        tzpos += 1
    st, hh, mm, ss, us = _parse_hms(s, 0, tzpos)
    if st < 0:
        return None
    if tzpos == n:
        if st == 1:
            return None
        return hh, mm, ss, us, None
    if s[tzpos] == "Z":
        if tzpos + 1 != n:
            return None
        return hh, mm, ss, us, timezone.utc
    sign = -1 if s[tzpos] == "-" else 1
    if tzpos + 1 >= n:
        return None
    st, th, tm, ts, tus = _parse_hms(s, tzpos + 1, n)
    if st != 0:
        return None
    off = timedelta(seconds=sign * (th * 3600 + tm * 60 + ts), microseconds=sign * tus)
    return hh, mm, ss, us, timezone(off)


def _iso_error(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # Years starting on a Thursday, and leap years starting on a
            # Wednesday, have 53 ISO weeks.
            first = _ymd2ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    o = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(o)


# ---------------------------------------------------------------------- date


def _new_date(cls, year, month, day):
    if cls is date:
        self = _object_new(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    return cls(year, month, day)


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(n)
    return _new_date(cls, y, m, d)


def _ts_floor(t):
    # CPython's conversion of a timestamp to whole seconds, rounded down.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        f = _math.floor(t) if t - t == 0.0 else t
        if not -9.223372036854776e18 <= f < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(f)
    t = _index(t)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return t


def _ts_split(t):
    # (seconds, microseconds) of a timestamp, the microseconds rounded half
    # to even.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t - t != 0.0:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(us)
    t = _index(t)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _localtime(secs):
    try:
        return _time.localtime(secs)
    except OverflowError:
        raise OverflowError("timestamp out of range for platform time_t")
    except OSError:
        raise OverflowError("timestamp out of range for platform time_t")


def _gmtime(secs):
    try:
        return _time.gmtime(secs)
    except OverflowError:
        raise OverflowError("timestamp out of range for platform time_t")
    except OSError:
        raise OverflowError("timestamp out of range for platform time_t")


class date:
    """date(year, month, day) --> date object"""

    __alc_tp_name__ = "datetime.date"
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_NO, month=_NO, day=_NO, *args, **kwargs):
        if args or kwargs:
            raise _bad_args(None, _DATE_NAMES, 3, (year, month, day), 3, args, kwargs)
        if (
            month is _NO
            and day is _NO
            and isinstance(year, bytes)
            and len(year) == 4
            and 1 <= year[2] <= 12
        ):
            self = _object_new(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            self._hashcode = -1
            return self
        if day is _NO:
            if year is _NO:
                raise _missing(None, "year", 1)
            if month is _NO:
                raise _missing(None, "month", 2)
            raise _missing(None, "day", 3)
        if (
            type(year) is not int
            or type(month) is not int
            or type(day) is not int
            or not 1 <= month <= 12
            or not 1 <= day <= 28
            or not MINYEAR <= year <= MAXYEAR
        ):
            year, month, day = _check_date_fields(year, month, day)
        self = _object_new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        tm = _localtime(_ts_floor(t))
        return _new_date(cls, tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _intarg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(s)
        if ymd is None:
            raise _iso_error(s)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year = _intarg(year)
        week = _intarg(week)
        day = _intarg(day)
        y, m, d = _isocal_to_ymd(year, week, day)
        return _new_date(cls, y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_NAMES[wd], _MONTH_NAMES[self._month], self._day, self._year
        )

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _tpname(format))
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        o = _ymd2ord(year, self._month, self._day)
        monday = _iso_week1_monday(year)
        if o < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR or o >= _iso_week1_monday(year + 1):
            nxt = _iso_week1_monday(year + 1)
            if o >= nxt:
                year += 1
                monday = nxt
        week, day = divmod(o - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=_NO, month=_NO, day=_NO, *args, **kwargs):
        """Return date with new specified fields."""
        if args or kwargs:
            raise _bad_args("replace", _DATE_NAMES, 3, (year, month, day), 0, args, kwargs)
        if year is _NO:
            year = self._year
        if month is _NO:
            month = self._month
        if day is _NO:
            day = self._day
        return date.__new__(type(self), year, month, day)

    def __eq__(self, other):
        if isinstance(other, date):
            return (
                self._day == other._day
                and self._month == other._month
                and self._year == other._year
            )
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return not (
                self._day == other._day
                and self._month == other._month
                and self._year == other._year
            )
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return _date_cmp(self, other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return _date_cmp(self, other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return _date_cmp(self, other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return _date_cmp(self, other) >= 0
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = hash(_date_bytes(self._year, self._month, self._day))
            self._hashcode = h
        return h

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_plus(self, other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_plus(self, -other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            if isinstance(self, datetime):
                return NotImplemented
            days = _ymd2ord(self._year, self._month, self._day) - _ymd2ord(
                other._year, other._month, other._day
            )
            return _new_delta(timedelta, days, 0, 0)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (_date_bytes(self._year, self._month, self._day),))


def _date_plus(self, days):
    cls = type(self)
    d = self._day + days
    if 0 < d <= 28:
        # Within the month (every month has 28 days) no calendar is needed.
        y = self._year
        m = self._month
    else:
        n = _ymd2ord(self._year, self._month, self._day) + days
        if not 0 < n <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(n)
    if cls is date:
        r = _object_new(date)
        r._year = y
        r._month = m
        r._day = d
        r._hashcode = -1
        return r
    return cls(y, m, d)


def _date_bytes(y, m, d):
    return bytes((y >> 8, y & 255, m, d))


def _date_cmp(a, b):
    x = (a._year * 16 + a._month) * 32 + a._day
    y = (b._year * 16 + b._month) * 32 + b._day
    return (x > y) - (x < y)


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _new_delta(timedelta, 1, 0, 0)


class IsoCalendarDate(tuple):
    __alc_tp_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _tpname(self), self[0], self[1], self[2]
        )


# -------------------------------------------------------------------- tzinfo


class tzinfo:
    """Abstract base class for time zone info objects."""

    __alc_tp_name__ = "datetime.tzinfo"
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _check_offset("dst", self.dst(dt))
            if dst is None:
                raise ValueError(
                    "fromutc: tz.dst() gave inconsistent results; cannot convert"
                )
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        state = getstate() if getstate is not None else getattr(self, "__dict__", None)
        if state == {} or isinstance(self, timezone):
            # timezone's slots are alc's layout; CPython's has no state.
            state = None
        return (type(self), args, state)


# ------------------------------------------------------------------ timezone


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __alc_tp_name__ = "datetime.timezone"
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset=_NO, name=_NO, *args, **kwargs):
        if args or kwargs:
            raise _bad_args("timezone", ("offset", "name"), 2, (offset, name), 1, args, kwargs)
        if offset is _NO:
            raise _missing("timezone", "offset", 1)
        if not isinstance(offset, timedelta):
            raise TypeError(
                "timezone() argument 1 must be datetime.timedelta, not %s" % _tpname(offset)
            )
        if name is _NO:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _tpname(name))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tpname(self), self._offset)
        return "%s(%r, %r)" % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """Return fixed offset."""
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError(
            "utcoffset(dt) argument must be a datetime instance or None, not %s"
            % _tpname(dt)
        )

    def dst(self, dt):
        """Return None."""
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError(
            "dst(dt) argument must be a datetime instance or None, not %s" % _tpname(dt)
        )

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            if not self._offset:
                return "UTC"
            return "UTC" + _format_offset(self._offset, ":")
        raise TypeError(
            "tzname(dt) argument must be a datetime instance or None, not %s" % _tpname(dt)
        )

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None


def _new_timezone(offset, name):
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError(
            "offset must be a timedelta strictly between -timedelta(hours=24)"
            " and timedelta(hours=24), not %r." % (offset,)
        )
    self = _object_new(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = _new_timezone(_ZERO, None)
timezone.utc = _UTC
timezone.min = _new_timezone(_new_delta(timedelta, -1, 60, 0), None)
timezone.max = _new_timezone(_new_delta(timedelta, 0, 86340, 0), None)
UTC = _UTC


# ---------------------------------------------------------------------- time


def _isoformat_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        if us:
            return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _check_timespec(timespec, pos):
    if not isinstance(timespec, str):
        raise TypeError(
            "isoformat() argument %d must be str, not %s" % (pos, _tpname(timespec))
        )


def _time_offset(tz, dt):
    if tz is None:
        return None
    return _check_offset("utcoffset", tz.utcoffset(dt))


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __alc_tp_name__ = "datetime.time"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(
        cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *args, fold=0, **kwargs
    ):
        if args or kwargs:
            raise _bad_args(
                None,
                _TIME_NAMES,
                5,
                _given((hour, minute, second, microsecond, tzinfo, fold)),
                0,
                args,
                kwargs,
            )
        if type(hour) is not int and isinstance(hour, bytes) and len(hour) == 6 and hour[0] & 0x7F < 24:
            b = hour
            if type(minute) is int and minute == 0:
                minute = None
            _check_tzinfo(minute)
            self = _object_new(cls)
            self._hour = b[0] & 0x7F
            self._minute = b[1]
            self._second = b[2]
            self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
            self._tzinfo = minute
            self._hashcode = -1
            self._fold = 1 if b[0] > 127 else 0
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold
        )
        _check_tzinfo(tzinfo)
        self = _object_new(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s[:1] == "T" else s
        r = _parse_iso_time(t)
        if r is None:
            raise _iso_error(s)
        return cls(*r)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tpname(self), s)

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        _check_timespec(timespec, 1)
        s = _isoformat_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _tpname(format))
        tt = _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        )
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(
        self,
        hour=_NO,
        minute=_NO,
        second=_NO,
        microsecond=_NO,
        tzinfo=_NO,
        *args,
        fold=_NO,
        **kwargs
    ):
        """Return time with new specified fields."""
        if args or kwargs:
            raise _bad_args(
                "replace",
                _TIME_NAMES,
                5,
                (hour, minute, second, microsecond, tzinfo, fold),
                0,
                args,
                kwargs,
            )
        if hour is _NO:
            hour = self._hour
        if minute is _NO:
            minute = self._minute
        if second is _NO:
            second = self._second
        if microsecond is _NO:
            microsecond = self._microsecond
        if tzinfo is _NO:
            tzinfo = self._tzinfo
        if fold is _NO:
            fold = self._fold
        return time.__new__(type(self), hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp(self, other, op):
        # -1, 0 or 1; None when naive meets aware (== and != answer then).
        if self._tzinfo is other._tzinfo:
            a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
            b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
            b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
            if (o1 is None) != (o2 is None):
                if op == 2 or op == 3:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            if o1 is not None:
                a -= _delta_us(o1)
                b -= _delta_us(o2)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, 2)
            return c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, 3)
            return c != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 4) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 5) >= 0
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            off = t.utcoffset()
            if off is None:
                h = hash(_time_bytes(t._hour, t._minute, t._second, t._microsecond, 0))
            else:
                us = (
                    (t._hour * 3600 + t._minute * 60 + t._second) * 1000000
                    + t._microsecond
                    - _delta_us(off)
                )
                d = _delta_from_us(us)
                h = _delta_hash(d._days, d._seconds, d._microseconds)
            self._hashcode = h
        return h

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        b = _time_bytes(self._hour, self._minute, self._second, self._microsecond, self._fold if protocol > 3 else 0)
        if self._tzinfo is None:
            return (type(self), (b,))
        return (type(self), (b, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _time_bytes(hh, mm, ss, us, fold):
    return bytes((hh | (128 if fold else 0), mm, ss, us >> 16, (us >> 8) & 255, us & 255))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _new_delta(timedelta, 0, 0, 1)


# ------------------------------------------------------------------ datetime

_EPOCH_ORD = 719163


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold):
    if cls is datetime:
        self = _object_new(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._hashcode = -1
        self._fold = fold
        return self
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _dt_plus(cls, self, days, secs, us):
    # self shifted by (days, seconds, microseconds), as a `cls`.
    us += self._microsecond
    secs += self._hour * 3600 + self._minute * 60 + self._second
    if us >= 1000000 or us < 0:
        secs += us // 1000000
        us = us % 1000000
    if secs >= 86400 or secs < 0:
        days += secs // 86400
        secs = secs % 86400
    y = self._year
    m = self._month
    d = self._day
    if days:
        d += days
        # Within the month (every month has 28 days) no calendar is needed.
        if d < 1 or d > 28:
            n = _ymd2ord(y, m, self._day) + days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
    hh = secs // 3600
    secs = secs % 3600
    if cls is datetime:
        r = _object_new(datetime)
        r._year = y
        r._month = m
        r._day = d
        r._hour = hh
        r._minute = secs // 60
        r._second = secs % 60
        r._microsecond = us
        r._tzinfo = self._tzinfo
        r._hashcode = -1
        r._fold = 0
        return r
    return _new_datetime(cls, y, m, d, hh, secs // 60, secs % 60, us, self._tzinfo, 0)


def _local_offset_seconds(t):
    return _localtime(t).tm_gmtoff


def _dt_from_ts(cls, secs, us, tz, utc):
    if utc or tz is not None:
        tm = _gmtime(secs)
    else:
        tm = _localtime(secs)
    y = tm[0]
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    ss = tm[5]
    if ss > 59:
        ss = 59
    if tz is None:
        return _new_datetime(cls, y, tm[1], tm[2], tm[3], tm[4], ss, us, None, 0)
    r = _new_datetime(cls, y, tm[1], tm[2], tm[3], tm[4], ss, us, tz, 0)
    return tz.fromutc(r)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __alc_tp_name__ = "datetime.datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(
        cls,
        year=_NO,
        month=_NO,
        day=_NO,
        hour=0,
        minute=0,
        second=0,
        microsecond=0,
        tzinfo=None,
        *args,
        fold=0,
        **kwargs
    ):
        if args or kwargs:
            raise _bad_args(
                None,
                _DATETIME_NAMES,
                8,
                [year, month, day]
                + _given((hour, minute, second, microsecond, tzinfo, fold)),
                3,
                args,
                kwargs,
            )
        if (
            day is _NO
            and isinstance(year, bytes)
            and len(year) == 10
            and 1 <= year[2] & 0x7F <= 12
        ):
            b = year
            _check_tzinfo(None if month is _NO else month)
            self = _object_new(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2] & 0x7F
            self._day = b[3]
            self._hour = b[4]
            self._minute = b[5]
            self._second = b[6]
            self._microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
            self._tzinfo = None if month is _NO else month
            self._hashcode = -1
            self._fold = 1 if b[2] > 127 else 0
            return self
        if day is _NO:
            if year is _NO:
                raise _missing(None, "year", 1)
            if month is _NO:
                raise _missing(None, "month", 2)
            raise _missing(None, "day", 3)
        if (
            type(year) is not int
            or type(month) is not int
            or type(day) is not int
            or not 1 <= month <= 12
            or not 1 <= day <= 28
            or not MINYEAR <= year <= MAXYEAR
        ):
            year, month, day = _check_date_fields(year, month, day)
        if (
            type(hour) is not int
            or type(minute) is not int
            or type(second) is not int
            or type(microsecond) is not int
            or not 0 <= hour <= 23
            or not 0 <= minute <= 59
            or not 0 <= second <= 59
            or not 0 <= microsecond <= 999999
            or fold != 0
        ):
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold
            )
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = _object_new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _ts_split(t)
        return _dt_from_ts(cls, secs, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _ts_split(t)
        return _dt_from_ts(cls, secs, us, None, True)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        secs, us = _ts_split(_time.time())
        return _dt_from_ts(cls, secs, us, tz, False)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        secs, us = _ts_split(_time.time())
        return _dt_from_ts(cls, secs, us, None, True)

    @classmethod
    def combine(cls, date, time, tzinfo=_NO):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError(
                "combine() argument 1 must be datetime.date, not %s" % _tpname(date)
            )
        if not isinstance(time, _time_class):
            raise TypeError(
                "combine() argument 2 must be datetime.time, not %s" % _tpname(time)
            )
        if tzinfo is _NO:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _new_datetime(
            cls,
            date._year,
            date._month,
            date._day,
            time._hour,
            time._minute,
            time._second,
            time._microsecond,
            tzinfo,
            time._fold,
        )

    @classmethod
    def fromisoformat(cls, s):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        n = _iso_date_len(s)
        ymd = _parse_iso_date(s[:n])
        if ymd is None:
            raise _iso_error(s)
        if len(s) > n:
            if len(s) == n + 1:
                raise _iso_error(s)
            r = _parse_iso_time(s[n + 1 :])
            if r is None:
                raise _iso_error(s)
        else:
            r = (0, 0, 0, 0, None)
        return cls(ymd[0], ymd[1], ymd[2], r[0], r[1], r[2], r[3], r[4])

    @classmethod
    def strptime(cls, *args, **kwargs):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if kwargs:
            raise TypeError("strptime() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        r = _strptime._strptime(args[0], args[1])
        args = (r[0], r[1], r[2], r[3], r[4], r[5], r[11])
        gmtoff = r[10]
        if gmtoff is not None:
            off = timedelta(seconds=gmtoff, microseconds=r[12])
            if r[9]:
                tz = timezone(off, r[9])
            else:
                tz = timezone(off)
            return cls(*args, tz)
        return cls(*args)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        if tz is _UTC:
            return _ZERO
        return _check_offset("utcoffset", tz.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(
            self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold
        )

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = -1
        if self._tzinfo is not None:
            d = self.dst()
            if d is not None:
                dst = 1 if d else 0
        return _struct_time(
            self._year, self._month, self._day, self._hour, self._minute, self._second, dst
        )

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_seconds(self):
        return (
            (_ymd2ord(self._year, self._month, self._day) - _EPOCH_ORD) * 86400
            + self._hour * 3600
            + self._minute * 60
            + self._second
        )

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            t = self._local_seconds()
            u = t - _local_offset_seconds(t)
            u = t - _local_offset_seconds(u)
            return u + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[wd],
            _MONTH_NAMES[self._month],
            self._day,
            self._hour,
            self._minute,
            self._second,
            self._year,
        )

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if type(sep) is not str or len(sep) != 1:
            raise TypeError(
                "isoformat() argument 1 must be a unicode character, not %s" % _tpname(sep)
            )
        if timespec == "auto" and type(timespec) is str:
            if self._microsecond:
                s = "%04d-%02d-%02d%s%02d:%02d:%02d.%06d" % (
                    self._year, self._month, self._day, sep,
                    self._hour, self._minute, self._second, self._microsecond,
                )
            else:
                s = "%04d-%02d-%02d%s%02d:%02d:%02d" % (
                    self._year, self._month, self._day, sep,
                    self._hour, self._minute, self._second,
                )
        else:
            _check_timespec(timespec, 2)
            s = "%04d-%02d-%02d%s%s" % (
                self._year,
                self._month,
                self._day,
                sep,
                _isoformat_time(
                    self._hour, self._minute, self._second, self._microsecond, timespec
                ),
            )
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond,
            )
        elif self._second:
            s = "%d, %d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour, self._minute, self._second,
            )
        else:
            s = "%d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour, self._minute,
            )
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_tpname(self), s)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _tpname(format))
        return _wrap_strftime(self, format, self.timetuple())

    def replace(
        self,
        year=_NO,
        month=_NO,
        day=_NO,
        hour=_NO,
        minute=_NO,
        second=_NO,
        microsecond=_NO,
        tzinfo=_NO,
        *args,
        fold=_NO,
        **kwargs
    ):
        """Return datetime with new specified fields."""
        if args or kwargs:
            raise _bad_args(
                "replace",
                _DATETIME_NAMES,
                8,
                (year, month, day, hour, minute, second, microsecond, tzinfo, fold),
                0,
                args,
                kwargs,
            )
        if year is _NO:
            year = self._year
        if month is _NO:
            month = self._month
        if day is _NO:
            day = self._day
        if hour is _NO:
            hour = self._hour
        if minute is _NO:
            minute = self._minute
        if second is _NO:
            second = self._second
        if microsecond is _NO:
            microsecond = self._microsecond
        if tzinfo is _NO:
            tzinfo = self._tzinfo
        if fold is _NO:
            fold = self._fold
        return datetime.__new__(
            type(self), year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold
        )

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz
"""
        if tz is None:
            tz = _local_timezone(self)
        elif not isinstance(tz, tzinfo):
            raise TypeError(
                "tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                % _tpname(tz)
            )
        mytz = self._tzinfo
        if mytz is None:
            off = _local_timezone(self)._offset
        else:
            if mytz is tz:
                return self
            off = self.utcoffset()
            if off is None:
                off = _local_timezone(self.replace(tzinfo=None))._offset
        utc = _dt_plus(type(self), self, -off._days, -off._seconds, -off._microseconds)
        utc = utc.replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            return _dt_cmp_fields(self, other)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        if o1 == o2:
            return _dt_cmp_fields(self, other)
        if o1 is None or o2 is None:
            if op == 2 or op == 3:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff._days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 2) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 3) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) < 0
        if isinstance(other, date):
            raise _cmp_error(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 1) <= 0
        if isinstance(other, date):
            raise _cmp_error(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 4) > 0
        if isinstance(other, date):
            raise _cmp_error(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 5) >= 0
        if isinstance(other, date):
            raise _cmp_error(self, other)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_plus(type(self), self, other._days, other._seconds, other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._year == other._year and self._month == other._month:
                days = self._day - other._day
            else:
                days = _ymd2ord(self._year, self._month, self._day) - _ymd2ord(
                    other._year, other._month, other._day
                )
            us = (
                (
                    days * 86400
                    + (self._hour - other._hour) * 3600
                    + (self._minute - other._minute) * 60
                    + self._second
                    - other._second
                )
                * 1000000
                + self._microsecond
                - other._microsecond
            )
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if o1 is not None:
                    us += _delta_us(o2) - _delta_us(o1)
            r = _object_new(timedelta)
            r._days = us // _US_PER_DAY
            us = us % _US_PER_DAY
            r._seconds = us // 1000000
            r._microseconds = us % 1000000
            r._hashcode = -1
            return r
        if isinstance(other, timedelta):
            return _dt_plus(type(self), self, -other._days, -other._seconds, -other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            off = t.utcoffset()
            if off is None:
                h = hash(
                    _date_bytes(t._year, t._month, t._day)
                    + _time_bytes(t._hour, t._minute, t._second, t._microsecond, 0)
                )
            else:
                days = _ymd2ord(t._year, t._month, t._day)
                secs = t._hour * 3600 + t._minute * 60 + t._second
                us = (days * 86400 + secs) * 1000000 + t._microsecond - _delta_us(off)
                d = us // _US_PER_DAY
                us = us % _US_PER_DAY
                s = us // 1000000
                us = us % 1000000
                h = _delta_hash(d, s, us)
            self._hashcode = h
        return h

    def __reduce_ex__(self, protocol):
        b = bytearray(_date_bytes(self._year, self._month, self._day))
        if protocol > 3 and self._fold:
            b[2] |= 128
        b += _time_bytes(self._hour, self._minute, self._second, self._microsecond, 0)
        if self._tzinfo is None:
            return (type(self), (bytes(b),))
        return (type(self), (bytes(b), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time


def _dt_cmp_fields(a, b):
    # One int per value: the fields in order, each in a range of its own
    # (below 2**62, so the comparison stays on small ints).
    x = (
        (((a._year * 16 + a._month) * 32 + a._day) * 86400
         + a._hour * 3600 + a._minute * 60 + a._second) * 1000000
        + a._microsecond
    )
    y = (
        (((b._year * 16 + b._month) * 32 + b._day) * 86400
         + b._hour * 3600 + b._minute * 60 + b._second) * 1000000
        + b._microsecond
    )
    return (x > y) - (x < y)


def _cmp_error(a, b):
    return TypeError("can't compare %s to %s" % (_tpname(a), _tpname(b)))


def _local_timezone(dt):
    # The fixed-offset zone of the local time at dt (naive: local time).
    if dt._tzinfo is None:
        t = dt._local_seconds()
        u = t - _local_offset_seconds(t)
        u = t - _local_offset_seconds(u)
    else:
        u = (dt - _EPOCH) // timedelta(seconds=1)
    tm = _localtime(u)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _new_delta(timedelta, 0, 0, 1)
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)

_OWN_TYPES = (date, datetime, time, timedelta, tzinfo, timezone, IsoCalendarDate)


def _make_readonly(cls, names, member=False):
    # CPython's fields are getsets without a setter (timedelta's are
    # read-only members): writing or deleting one says so in their words.
    for name in names:
        if member:
            msg = "readonly attribute"
        else:
            msg = "attribute '%s' of '%s' objects is not writable" % (name, _tpname_of_class(cls))

        def refuse(self, value=None, msg=msg):
            raise AttributeError(msg)

        setattr(cls, name, property(cls.__dict__[name].fget, refuse, refuse))


def _tpname_of_class(cls):
    return "datetime." + cls.__name__


_make_readonly(timedelta, ("days", "seconds", "microseconds"), True)
_make_readonly(date, ("year", "month", "day"))
_make_readonly(time, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"))
_make_readonly(datetime, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"))

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")
