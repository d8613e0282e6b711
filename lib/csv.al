"""CSV files, as CPython's `csv` reads and writes them: `reader`,
`writer`, `DictReader`, `DictWriter`, dialects (`excel`, `excel-tab`,
`unix`, `register_dialect`, `get_dialect`, `list_dialects`, `Dialect`
subclasses), every quoting mode, `field_size_limit`, `Error` with
CPython's messages, and `Sniffer` (`_csv_sniffer.al`)."""

from _csv_dialect import (Error, Dialect as _Dialect, QUOTE_MINIMAL,
                          QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                          register_dialect, unregister_dialect,
                          get_dialect, list_dialects, field_size_limit,
                          _field_limit, _make_dialect)

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "Sniffer", "unix_dialect"]

__version__ = "1.0"

from _csv_sniffer import Sniffer


class Dialect:
    """The description of a CSV dialect: subclasses set delimiter,
    quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
    quoting and strict; an invalid subclass raises Error when
    instantiated."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)

# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# The end of a line, after its last character.
_EOL = None


class reader:
    """The iterator reader() returns: each record of the lines of its
    iterable as a list of fields; `line_num` counts the lines read."""

    __module__ = "_csv"

    def __init__(self, it, dialect):
        self._it = iter(it)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            # The record goes on past the end of this line; other
            # characters are read as in a field, without leaving this
            # state unless they end the field.
            if c is _EOL:
                return
            self._in_field(c)
        elif state == _IN_FIELD:
            self._in_field(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you "
                            "need to open the file in universal-newline mode?")

    def _in_field(self, c):
        d = self.dialect
        if c is _EOL or c == '\n' or c == '\r':
            self._save()
            self._state = _START_RECORD if c is _EOL else _EAT_CRNL
        elif c == d.escapechar:
            self._state = _ESCAPED_CHAR
        elif c == d.delimiter:
            self._save()
            self._state = _START_FIELD
        else:
            self._add(c)


_reader = reader


def _positional(args, fmtparams):
    # reader's and writer's (csvfile[, dialect]) arguments.
    if "dialect" in fmtparams:
        args = args + (fmtparams.pop("dialect"),)
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    return args[0], args[1] if len(args) == 2 else "excel"


def reader(*args, **fmtparams):
    """reader(csvfile, dialect='excel', **fmtparams): an iterator over the
    records of csvfile (any iterable of lines), each a list of str (floats
    for unquoted fields with QUOTE_NONNUMERIC)."""
    csvfile, dialect = _positional(args, fmtparams)
    it = iter(csvfile)
    return _reader(it, _make_dialect(dialect, fmtparams))


def _is_number(x):
    # What QUOTE_NONNUMERIC leaves unquoted: objects with a numeric
    # conversion (CPython's PyNumber_Check).
    t = type(x)
    return (isinstance(x, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__"))


class writer:
    """The object writer() returns: writerow and writerows format records
    in its dialect and write them to the file."""

    __module__ = "_csv"

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field(self, field, quoted, out):
        d = self.dialect
        special = d.delimiter + (d.quotechar or "") + (d.escapechar or "") + d.lineterminator
        for c in field:
            want_escape = False
            if c in special:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        return quoted

    def writerow(self, row):
        """Writes one record; returns what the file's write returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        line = []
        n = 0
        for field in fields:
            if n:
                line.append(d.delimiter)
            n += 1
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            out = []
            quoted = self._field(text, quoted, out)
            if quoted:
                if d.quotechar is None:
                    raise Error("need to escape, but no escapechar set")
                line.append(d.quotechar)
                line.extend(out)
                line.append(d.quotechar)
            else:
                line.extend(out)
            last = text
        if n == 1 and last == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = [d.quotechar * 2]
        line.append(d.lineterminator)
        return self._write("".join(line))

    def writerows(self, rows):
        """Writes each record of rows."""
        for row in rows:
            self.writerow(row)


_writer = writer


def writer(*args, **fmtparams):
    """writer(fileobj, dialect='excel', **fmtparams): an object whose
    writerow and writerows write records to fileobj (anything with a
    write method) in the dialect."""
    fileobj, dialect = _positional(args, fmtparams)
    write = getattr(fileobj, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _writer(write, _make_dialect(dialect, fmtparams))


class DictReader:
    """Reads records as dicts keyed by fieldnames (by default the first
    record); extra fields go under restkey, missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records, their values in the order of fieldnames;
    missing keys get restval, and keys not in fieldnames are an error
    (extrasaction='raise') or ignored ('ignore')."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a record."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
