"""Unit testing: `TestCase` with its assert methods, suites, the loader,
the text runner and `unittest.main()`, with CPython's reports."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

from unittest.result import TestResult
from unittest.case import (addModuleCleanup, TestCase, FunctionTestCase,
                           SkipTest, skip, skipIf, skipUnless,
                           expectedFailure, doModuleCleanups,
                           enterModuleContext)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import (TestLoader, defaultTestLoader, makeSuite,
                             getTestCaseNames, findTestCases)
from unittest.main import main, TestProgram
from unittest.runner import TextTestRunner, TextTestResult

_TextTestResult = TextTestResult
