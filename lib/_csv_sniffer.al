"""`csv.Sniffer`: guesses a sample's dialect and whether its first row is
a header, with CPython 3.11's results.

The dialect comes first from quoted fields (a quote character seen
around a field, next to the same delimiter most often); without quotes,
from character frequencies: a delimiter is a character appearing the
same number of times on (nearly) every line, judged on growing chunks of
ten lines. The header test compares the first row with the types (a
number, or a fixed length) that each column's other rows agree on.
"""

import re
from io import StringIO

# Where a quoted field can be seen, most telling first: between two
# delimiters, at a line start before one, after one at a line end, alone
# on a line.
_QUOTED = [
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
]


def _most(counts):
    """The key with the largest count (the first seen among equals)."""
    best = None
    for k, n in counts.items():
        if best is None or n > counts[best]:
            best = k
    return best


class Sniffer:
    """Deduces the format of a CSV sample."""

    def __init__(self):
        # Delimiters chosen first when frequencies leave several.
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing `sample`."""
        import csv
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise csv.Error("Could not determine delimiter")

        class dialect(csv.Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = csv.QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from the
        quoted fields of `data`; ('', False, None, 0) without any."""
        matches = []
        pattern = None
        for text in _QUOTED:
            pattern = re.compile(text, re.DOTALL | re.MULTILINE)
            matches = pattern.findall(data)
            if matches:
                break
        if not matches:
            return ("", False, None, 0)
        groups = pattern.groupindex
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            q = m[groups["quote"] - 1]
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if "delim" in groups:
                d = m[groups["delim"] - 1]
                if d and (delimiters is None or d in delimiters):
                    delims[d] = delims.get(d, 0) + 1
            if "space" in groups and m[groups["space"] - 1]:
                spaces += 1
        quotechar = _most(quotes)
        if delims:
            delim = _most(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                # A single column.
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        d = re.escape(delim)
        q = re.escape(quotechar)
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d),
            re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII
        character appears per line; ('', 0) if none is consistent."""
        lines = [line for line in data.split("\n") if line]
        chunk = min(10, len(lines))
        # For each character: how many lines have it n times, by n.
        freqs = {}
        modes = {}
        found = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for c in range(127):
                    ch = chr(c)
                    per = freqs.setdefault(ch, {})
                    n = line.count(ch)
                    per[n] = per.get(n, 0) + 1
            for ch, per in freqs.items():
                items = list(per.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    # The commonest count, less the lines that differ.
                    best = items[0]
                    for it in items[1:]:
                        if it[1] > best[1]:
                            best = it
                    others = sum(it[1] for it in items) - best[1]
                    modes[ch] = (best[0], best[1] - others)
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not found and consistency >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / total >= consistency \
                            and (delimiters is None or ch in delimiters):
                        found[ch] = (count, lines_with)
                consistency -= 0.01
            if len(found) == 1:
                delim = list(found)[0]
                return (delim, self._skips(lines[0], delim))
            start = end
            end += chunk
        if not found:
            return ("", 0)
        if len(found) > 1:
            for d in self.preferred:
                if d in found:
                    return (d, self._skips(lines[0], d))
        delim = max((v, k) for k, v in found.items())[1]
        return (delim, self._skips(lines[0], delim))

    def _skips(self, line, delim):
        """Whether every delimiter of `line` is followed by a space."""
        return line.count(delim) == line.count(delim + " ")

    def has_header(self, sample):
        """Whether the first row of `sample` looks like a header: it
        differs from the types or lengths its columns otherwise share."""
        import csv
        rows = csv.reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        # Per column: complex for numbers, an int for a fixed length,
        # None before the first row; dropped when rows disagree.
        kinds = {i: None for i in range(ncols)}
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
