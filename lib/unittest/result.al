"""unittest's `TestResult`: what a run of tests found."""

import io
import sys
import _frames
from unittest.util import strclass

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


# The modules whose frames a report leaves out, as CPython's marks them
# (`unittest.mock` and `unittest._log` are not among them).
_HIDDEN = {'unittest', 'unittest.case', 'unittest._raises', 'unittest.result', 'unittest.runner',
           'unittest.suite', 'unittest.loader', 'unittest.main',
           'unittest.util', 'unittest.signals'}


def _in_unittest(tb):
    """Whether traceback entry `tb` is a frame of unittest's own code."""
    entries = _frames.extract_tb(tb)
    return bool(entries) and entries[0][7] in _HIDDEN


def _relevant(tb, is_failure):
    """The traceback without the runner's frames before the test's, and,
    for a failure, without the assert method's frames after them: as
    (first entry, number of entries) for `_frames.format_tb`."""
    while tb is not None and _in_unittest(tb):
        tb = tb.tb_next
    if tb is None:
        return None, None
    if not is_failure:
        return tb, None
    count = 0
    level = tb
    while level is not None and not _in_unittest(level):
        count += 1
        level = level.tb_next
    return tb, count


class TestResult:
    """Holder for test result information: the failures and errors with
    their formatted tracebacks, the skips, the count of tests run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Called when an error has occurred."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Called when an error has occurred."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Converts a sys.exc_info()-style tuple of values into a string."""
        exctype, value, tb = err
        lines = self._format_chain(value, tb, test, exctype is test.failureException,
                                   set())
        msgLines = lines
        if self.buffer:
            msgLines = list(lines)
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def _format_chain(self, value, tb, test, is_failure, seen):
        # The report of `value` and the exceptions chained to it, each
        # traceback without unittest's own frames.
        seen.add(id(value))
        lines = []
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(self._format_chain(
                cause, cause.__traceback__, test,
                type(cause) is test.failureException, seen))
            lines.append('\nThe above exception was the direct cause '
                         'of the following exception:\n\n')
        elif (cause is None and context is not None
              and not value.__suppress_context__ and id(context) not in seen):
            lines.extend(self._format_chain(
                context, context.__traceback__, test,
                type(context) is test.failureException, seen))
            lines.append('\nDuring handling of the above exception, '
                         'another exception occurred:\n\n')
        first, count = _relevant(tb, is_failure)
        if first is not None and count != 0:
            lines.append('Traceback (most recent call last):\n')
            lines.append(_frames.format_tb(first, count))
        lines.append(_frames.format_exception_only(value))
        return lines

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
