"""Extract, format and print information about Python stack traces.

alc has no frame objects: the stack comes from `_frames.stack()` (the Al
frames found by walking the native stack) and tracebacks from their
entries; the reports are rt's, the ones an uncaught exception prints.
"""

import sys
import _frames

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_list', 'print_stack', 'print_tb',
           'FrameSummary', 'StackSummary', 'TracebackException']


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        return self._line

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()


def _summary(entry, positions):
    filename, lineno, name, line, end_lineno, colno, end_colno, module = entry
    if positions:
        return FrameSummary(filename, lineno, name, line=line, end_lineno=end_lineno,
                            colno=colno, end_colno=end_colno)
    return FrameSummary(filename, lineno, name, line=line)


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n'
                    )
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(formatted)
        if count > 3:
            count -= 3
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n'
            )
        return result


def _limited(frames, limit):
    # The first `limit` frames, or the last -limit (outermost first).
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    if limit >= 0:
        return frames[:limit]
    return frames[len(frames) + limit:] if -limit < len(frames) else frames


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is not None:
        raise NotImplementedError("not supported yet: traceback.extract_stack "
                                  "of a given frame (alc has no frame objects)")
    # stack()[0] is this function's own frame.
    frames = [_summary(e, False) for e in _frames.stack()[1:]]
    frames.reverse()
    if limit is not None:
        frames = frames[len(frames) - limit:] if 0 <= limit < len(frames) else (
            frames if limit >= 0 else frames[:-limit])
    return StackSummary(frames)


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed
    entries from the traceback."""
    frames = [_summary(e, True) for e in _frames.extract_tb(tb)]
    return StackSummary(_limited(frames, limit))


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name,
    line) tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is not None:
        raise NotImplementedError("not supported yet: traceback.format_stack "
                                  "of a given frame (alc has no frame objects)")
    frames = [_summary(e, False) for e in _frames.stack()[1:]]
    frames.reverse()
    if limit is not None:
        frames = frames[len(frames) - limit:] if 0 <= limit < len(frames) else (
            frames if limit >= 0 else frames[:-limit])
    return StackSummary(frames).format()


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is not None:
        raise NotImplementedError("not supported yet: traceback.print_stack "
                                  "of a given frame (alc has no frame objects)")
    frames = [_summary(e, False) for e in _frames.stack()[1:]]
    frames.reverse()
    if limit is not None:
        frames = frames[len(frames) - limit:] if 0 <= limit < len(frames) else (
            frames if limit >= 0 else frames[:-limit])
    print_list(frames, file=file)


def _chunks(text):
    # A report's text as CPython's format functions return it: one string
    # per frame (its File line with the source and marker lines under it),
    # the context messages whole, every other line alone.
    out = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File '):
            chunk = line
            i += 1
            while i < len(lines) and lines[i].startswith('    '):
                chunk += lines[i]
                i += 1
            out.append(chunk)
            continue
        if (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
                and (lines[i + 1].startswith('During handling')
                     or lines[i + 1].startswith('The above exception'))):
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        out.append(line)
        i += 1
    return out


def _only_chunks(value, text):
    # The exception part of a report as CPython's format functions return
    # it: a SyntaxError's lines each alone, any other exception's message
    # whole (however many lines it has), then each line of its notes.
    lines = text.splitlines(keepends=True)
    if isinstance(value, SyntaxError):
        return lines
    n_notes = 0
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            n_notes += note.count('\n') + 1 if isinstance(note, str) else 1
    elif notes is not None:
        n_notes = 1
    k = max(len(lines) - n_notes, 1)
    return [''.join(lines[:k])] + lines[k:]


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    if value is None:
        return None, None
    return value, tb


def _format_one(value, tb, limit):
    lines = []
    if tb is not None:
        text = _frames.format_tb(tb, limit)
        if text:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(_chunks(text))
    lines.extend(_only_chunks(value, _frames.format_exception_only(value)))
    return lines


def _format_chain(value, tb, limit, chain, seen):
    seen.add(id(value))
    lines = []
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(_format_chain(cause, cause.__traceback__, limit, chain, seen))
            lines.append('\nThe above exception was the direct cause '
                         'of the following exception:\n\n')
        elif (cause is None and context is not None and not value.__suppress_context__
                and id(context) not in seen):
            lines.extend(_format_chain(context, context.__traceback__, limit, chain, seen))
            lines.append('\nDuring handling of the above exception, '
                         'another exception occurred:\n\n')
    lines.extend(_format_one(value, tb, limit))
    return lines


def _same_tb(a, b):
    # Traceback objects are made on each access: compare their entries.
    if a is None or b is None:
        return a is b
    return _frames.extract_tb(a) == _frames.extract_tb(b)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    # Exception groups are drawn as boxes by rt's report alone.
    if (isinstance(value, BaseExceptionGroup) and limit is None and chain
            and _same_tb(tb, value.__traceback__)):
        return _chunks(_frames.format_exception(value))
    return _format_chain(value, tb, limit, chain, set())


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _only_chunks(value, _frames.format_exception_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    return _chunks(_frames.format_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


class TracebackException:
    """An exception ready for rendering: its type, message, stack and the
    exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type, self.stack, self._str) == (
                other.exc_type, other.stack, other._str)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield from self.format_exception_only()
            return
        yield from format_exception(self._value, self._value, self._tb,
                                    limit=self._limit, chain=chain)


def _safe_str(value):
    try:
        return str(value)
    except:
        return '<exception str() failed>'
