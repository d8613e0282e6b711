"""doctest's comparison of an example's output with what it expected
(`OutputChecker`, under the comparison flags) and the report of a
difference (plain or as a diff)."""

import re
import difflib

from doctest._parser import (DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE,
                             NORMALIZE_WHITESPACE, ELLIPSIS, REPORT_UDIFF,
                             REPORT_CDIFF, REPORT_NDIFF, BLANKLINE_MARKER,
                             ELLIPSIS_MARKER)


def _indent(s, indent=4):
    """`s` with every non-empty line indented by `indent` spaces."""
    return re.sub('(?m)^(?!$)', indent * ' ', s)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each `...` of `want` stands for
    any text (empty included)."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    if len(head) + len(tail) > len(got):
        return False
    if not got.startswith(head) or not got.endswith(tail):
        return False
    start = len(head)
    end = len(got) - len(tail)
    for piece in pieces[1:-1]:
        # The leftmost match leaves the most room for the pieces after it.
        pos = got.find(piece, start, end)
        if pos < 0:
            return False
        start = pos + len(piece)
    return True


class OutputChecker:
    """Decides whether an example's actual output matches its expected
    output, and describes the difference when it does not."""

    __module__ = 'doctest'

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        """Whether `got` is an acceptable output for `want`."""
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n") or (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # A diff of one or two lines says less than the outputs themselves.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report of how `got` differs from what `example` expected."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'
