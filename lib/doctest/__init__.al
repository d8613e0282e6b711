"""Runs the interactive examples of docstrings and text files and checks
that they print what they show: `testmod`, `testfile`,
`run_docstring_examples`, with CPython's reports."""

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource',
]

import os
import sys
import types

from doctest._parser import (
    OPTIONFLAGS_BY_NAME, register_optionflag, DONT_ACCEPT_TRUE_FOR_1,
    DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
    IGNORE_EXCEPTION_DETAIL, COMPARISON_FLAGS, REPORT_UDIFF, REPORT_CDIFF,
    REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, REPORTING_FLAGS,
    BLANKLINE_MARKER, ELLIPSIS_MARKER, Example, DocTest, DocTestParser)
from doctest._checker import OutputChecker
from doctest._finder import DocTestFinder
from doctest._runner import (TestResults, DocTestRunner, DebugRunner,
                             DocTestFailure, UnexpectedException,
                             _strip_exception_details)
from doctest._files import _load_testfile
from doctest._script import script_from_examples, testsource
from doctest._unittest import (DocTestCase, DocTestSuite, DocFileCase,
                               DocFileTest, DocFileSuite,
                               set_unittest_reportflags)

# The runner of the last testmod or testfile call.
master = None


def _report(runner, report):
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Runs the examples in the docstrings of module `m` (the program's
    `__main__` by default), of its functions and classes and of its
    `__test__` dict; returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not isinstance(m, types.ModuleType):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _report(runner, report)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Runs the examples of the text file `filename` (relative to the
    program's directory unless `module_relative` is false) as one
    DocTest; returns TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, filename = _load_testfile(filename, package, module_relative,
                                    encoding)
    if name is None:
        name = os.path.basename(filename)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    return _report(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Runs the examples of `f`'s docstring (not of what it contains) in
    `globs`; prints only failures unless `verbose`."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
