"""Text wrapping and filling.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows: ASCII only, as CPython's module.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # A character regular expressions call \w.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _dash_run(text, i, n):
    # The number of '-' characters starting at text[i].
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i


def _dashes_then_word(text, j, n):
    # Whether text[j:] starts with two or more dashes and a word character.
    m = _dash_run(text, j, n)
    return m >= 2 and j + m < n and _is_word(text[j + m])


def _is_hyphen_break(text, j, n):
    # Whether the hyphen text[j] ends a chunk of a hyphenated word: it
    # follows two letters or a letter-hyphen-letter, and a letter, an
    # optional hyphen and a letter follow it.
    if j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]):
        pass
    elif (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
          and _is_letter(text[j - 1])):
        pass
    else:
        return False
    if j + 2 >= n or not _is_letter(text[j + 1]):
        return False
    if _is_letter(text[j + 2]):
        return True
    return text[j + 2] == '-' and j + 3 < n and _is_letter(text[j + 3])


def _chunk_end(text, i, n):
    # The end of the chunk starting at text[i]: a run of whitespace, an
    # em-dash between words, or a word up to the end of one of its
    # hyphenated parts.
    if text[i] in _whitespace:
        j = i + 1
        while j < n and text[j] in _whitespace:
            j += 1
        return j
    if i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i, n):
        return i + _dash_run(text, i, n)
    j = i + 1
    while True:
        if j < n and text[j] == '-' and _is_hyphen_break(text, j, n):
            return j + 1
        if j >= n or text[j] in _whitespace:
            return j
        if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j, n):
            return j
        j += 1


def _split_hyphenated(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = _chunk_end(text, i, n)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then maybe a quote.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk too long for any line: its head fills what is left of
        # this line (up to a hyphen when one is there), unless long words
        # stay whole, when it takes a line of its own.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 \
                else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = list(reversed(chunks))
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            size = 0
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            while pending and size + len(pending[-1]) <= width:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, size, width)
                size = sum([len(c) for c in line])
            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (
                self.drop_whitespace and len(pending) == 1
                and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and size <= width):
                lines.append(indent + ''.join(line))
                continue
            self._truncate(lines, line, size, width, indent)
            break
        return lines

    def _truncate(self, lines, line, size, width, indent):
        # The last line allowed: the placeholder goes after the last word
        # that leaves room for it, or after the previous line, or alone.
        while line:
            if line[-1].strip() and size + len(self.placeholder) <= width:
                line.append(self.placeholder)
                lines.append(indent + ''.join(line))
                return
            size -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.  By
    default, tabs in 'text' are expanded with string.expandtabs(), and
    all other whitespace characters (including newline) are converted to
    space.  See TextWrapper class for available keyword args to customize
    wrapping behaviour.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.  As with wrap(), tabs are expanded and other
    whitespace characters converted to space.  See TextWrapper class for
    available keyword args to customize wrapping behaviour.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _indent_of(line):
    # The leading spaces and tabs of a line.
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    lines = text.split('\n')
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        lead = _indent_of(line)
        if len(lead) == len(line):
            # Lines of spaces and tabs only become empty.
            lines[k] = ''
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            i = 0
            while margin[i] == lead[i]:
                i += 1
            margin = margin[:i]
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
