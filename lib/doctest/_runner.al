"""doctest's `DocTestRunner`: runs a DocTest's examples one by one in
its globals, with their output captured, and reports failures and
summaries as CPython does; `DebugRunner` and its two exceptions."""

import sys
import traceback
import _frames
from collections import namedtuple

from doctest._parser import (SKIP, IGNORE_EXCEPTION_DETAIL,
                             REPORT_ONLY_FIRST_FAILURE, FAIL_FAST)
from doctest._checker import OutputChecker, _indent

TestResults = namedtuple('TestResults', 'failed attempted', module='doctest')

# The file-name prefixes of the tests running (a test's examples may run
# another test): reports show the source lines of the innermost's
# examples, as CPython's doctest gives them to linecache.
_running = []

# What became of an example.
_SUCCESS, _FAILURE, _BOOM = range(3)


class _SpoofOut:
    """Stands in for sys.stdout while an example runs, collecting what it
    prints."""

    __module__ = 'doctest'

    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' %
                            type(s).__name__)
        self._parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        res = ''.join(self._parts)
        # An example's last line counts as ended even without its newline.
        if res and not res.endswith('\n'):
            res += '\n'
        return res

    def truncate(self, size=None):
        self._parts = []


def _exception_traceback(exc_info):
    """The report of the exception `exc_info`, as an uncaught one prints."""
    exc_type, exc_val, exc_tb = exc_info
    return ''.join(traceback.format_exception(exc_type, exc_val, exc_tb))


def _strip_exception_details(msg):
    """The exception's name of an exception line, without its module and
    its message: `a.b.Error: text` is `Error`."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class DocTestRunner:
    """Runs the examples of DocTests and gathers their results."""

    __module__ = 'doctest'

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        """Reports (when verbose) that `example` is about to run."""
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        """Reports (when verbose) that `example` passed."""
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        """Reports that `example` printed `got`, not what it expected."""
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Reports that `example` raised an exception it did not expect."""
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            # With REPORT_ONLY_FIRST_FAILURE the examples after a failure
            # still run (their side effects count) but report nothing.
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            try:
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = _FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = _SUCCESS
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = _BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = _SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = _SUCCESS
            if outcome is _SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is _FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the examples of `test`, writing reports with `out` (the
        standard output's `write` by default); returns TestResults."""
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        _running.append('<doctest %s[' % test.name)
        _frames.show_source(_running[-1])
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            _running.pop()
            _frames.show_source(_running[-1] if _running else None)
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Prints the results of every DocTest this runner ran and returns
        their totals as TestResults."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        """Adds the results `other` gathered to this runner's."""
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is not the one
    expected: `test`, `example` and the output `got`."""

    __module__ = 'doctest'

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises an exception it does
    not expect: `test`, `example` and `exc_info`."""

    __module__ = 'doctest'

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it,
    and keeps the test's globals for inspection."""

    __module__ = 'doctest'

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        res = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return res

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)
