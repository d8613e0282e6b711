"""doctest's examples: the option flags, `Example`, `DocTest` and
`DocTestParser`, which splits a docstring into text and examples."""

import re

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Returns the flag named `name`, making a new one if it is new."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


class Example:
    """One interactive example: its `source` and expected output `want`
    (each ending in a newline unless empty), the expected exception's
    message `exc_msg`, its line in the docstring (0-based), its
    indentation and its option directives."""

    __module__ = 'doctest'

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno
                and self.indent == other.indent
                and self.options == other.options
                and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and
    where the docstring is (`filename`, 0-based `lineno`, or None)."""

    __module__ = 'doctest'

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__,
                 self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples
                and self.docstring == other.docstring
                and self.globs == other.globs
                and self.name == other.name
                and self.filename == other.filename
                and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self))
                < (other.name, other.filename, other.lineno or -1, id(other)))


# A directive: a `# doctest:` comment ending its line, outside a string.
_OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

_BLANK_OR_COMMENT_RE = re.compile(r'[ ]*(#.*)?$')

_TRACEBACK_HEADERS = ('Traceback (most recent call last):',
                      'Traceback (innermost last):')


def _indent_of(line):
    return len(line) - len(line.lstrip(' '))


def _is_blank(line):
    # Only spaces: tabs are expanded, and other white space is text.
    return line.strip(' ') == ''


def _has_text(line):
    rest = line.lstrip(' ')
    return rest != '' and not rest[0].isspace()


class DocTestParser:
    """Splits a docstring into its text and its examples."""

    __module__ = 'doctest'

    def parse(self, string, name='<string>'):
        """The text between the examples and the examples, alternating:
        a str, an Example, a str, ..., ending with a str."""
        string = string.expandtabs()
        lines = string.split('\n')
        min_indent = self._min_indent(lines)
        if min_indent > 0:
            lines = [l[min_indent:] for l in lines]
        output = []
        text_start = 0
        idx = 0
        n = len(lines)
        while idx < n:
            line = lines[idx]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                idx += 1
                continue
            indent = len(line) - len(stripped)
            first = idx
            source_lines = [line]
            idx += 1
            while idx < n:
                # A `...` line at any indentation continues the source
                # (one at the wrong indentation is an error below).
                cont = lines[idx]
                if cont.lstrip(' ').startswith('...'):
                    source_lines.append(cont)
                    idx += 1
                else:
                    break
            want_lines = []
            while idx < n:
                w = lines[idx]
                if _is_blank(w) or w.lstrip(' ').startswith('>>>'):
                    break
                want_lines.append(w)
                idx += 1
            output.append('\n'.join(lines[text_start:first]) + ('\n' if first > text_start else ''))
            example = self._make_example(name, first, indent, source_lines,
                                         want_lines, min_indent)
            if example is not None:
                output.append(example)
            text_start = idx
        output.append('\n'.join(lines[text_start:]))
        return output

    def _min_indent(self, lines):
        indents = [_indent_of(l) for l in lines if _has_text(l)]
        if len(indents) > 0:
            return min(indents)
        return 0

    def _make_example(self, name, lineno, indent, source_lines, want_lines,
                      min_indent):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name,
                           lineno)
        source = '\n'.join(sl[indent + 4:] for sl in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        want = '\n'.join(wl[indent:] for wl in want_lines)
        if want_lines:
            want += '\n'
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        # A prompt with only a comment (or nothing) after it is no example.
        if self._is_blank_or_comment(source):
            return None
        # The example's indentation in the docstring as written.
        return Example(source, want, exc_msg, lineno=lineno,
                       indent=min_indent + indent, options=options)

    def get_examples(self, string, name='<string>'):
        """The examples of `string`."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples of `string`."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def _exception_message(self, want):
        """The last lines of an expected traceback, from the first line
        after its header that starts at the left margin."""
        lines = want.split('\n')
        if not lines or lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for i in range(1, len(lines)):
            line = lines[i]
            if line and (line[0].isalnum() or line[0] == '_'):
                return '\n'.join(lines[i:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE_RE.finditer(source):
            option_strings = m.group(1).replace(',', ' ').split()
            for option in option_strings:
                if (option[0] not in '+-' or
                        option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == '+')
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _is_blank_or_comment(self, source):
        # One line (a source of several is an example, even if blank).
        return _BLANK_OR_COMMENT_RE.match(source) is not None

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))
