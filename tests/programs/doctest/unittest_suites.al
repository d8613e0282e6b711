"""doctest's unittest integration: DocTestSuite of a module (with setUp,
tearDown, optionflags and globs), DocFileSuite of a text file, the test
cases' names and descriptions, their failure reports through a
TextTestRunner, set_unittest_reportflags, and DocTestCase.debug."""
import io
import sys
import unittest
import doctest
import dtcapture


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(5)
    >>> s.peek()
    5
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        """
        >>> s = Stack(); s.push("a"); s.pop()
        'a'
        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty stack
        """
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def peek(self):
        """
        >>> s = Stack(); s.push(1); s.push(2)
        >>> s.peek()
        1
        """
        return self.items[-1]

    def __len__(self):
        return len(self.items)


def no_examples():
    """Just prose."""


def with_fixture():
    """
    >>> FIXTURE
    [1, 2, 3]
    >>> FIXTURE.append(4)
    """


def set_up(test):
    print("setUp", test.name)
    test.globs["FIXTURE"] = [1, 2, 3]


def tear_down(test):
    print("tearDown", test.name, test.globs["FIXTURE"])


def run(suite, verbosity=2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(dtcapture.clean(stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())


suite = doctest.DocTestSuite(setUp=set_up, tearDown=tear_down)
print(suite.countTestCases())
for case in suite:
    print(str(case), "|", case.id(), "|", case.shortDescription())
run(suite)
print("--- again: the globals are the original ones")
run(doctest.DocTestSuite(sys.modules[__name__], setUp=set_up, tearDown=tear_down), 1)
print("--- text file")
files = doctest.DocFileSuite("unittest_suites.txt", globs={"Stack": Stack})
for case in files:
    print(dtcapture.clean(str(case)), "|", case.id(), "|", case.shortDescription())
run(files)
print("--- report flags")
print(doctest.set_unittest_reportflags(doctest.REPORT_UDIFF))
run(doctest.DocTestSuite("__main__", optionflags=doctest.REPORT_ONLY_FIRST_FAILURE,
                         globs={"Stack": Stack, "FIXTURE": [1, 2, 3]}), 1)
print(doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print("ValueError:", e)
try:
    doctest.DocTestSuite(Stack)
except TypeError as e:
    print("TypeError:", e)
print("--- debug")
case = list(doctest.DocTestSuite(extraglobs={"FIXTURE": []}))[1]
print(case.id())
try:
    case.debug()
except doctest.DocTestFailure as e:
    print("DocTestFailure", e.test.name, repr(e.example.source), repr(e.got))
