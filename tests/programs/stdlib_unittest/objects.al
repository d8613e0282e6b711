# TestCase and TestSuite objects: str, repr, id, equality, counting, loader names.
import io
import re
import sys
import unittest


def Clean():
    return io.StringIO()


def text(stream):
    """The report, with the run's time and this file's path masked."""
    out = re.sub(r'in \d+\.\d+s', 'in T.TTTs', stream.getvalue())
    return out.replace(__file__, '<file>')


def run(tests, verbosity=1, **kw):
    if isinstance(tests, type):
        tests = unittest.defaultTestLoader.loadTestsFromTestCase(tests)
    stream = Clean()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     **kw).run(tests)
    print(text(stream), end='')
    print(result, result.wasSuccessful())
    return result




class T(unittest.TestCase):
    """Tests of T."""

    def test_b(self):
        """Checks b.

        More text."""

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


t = T('test_b')
print(str(t), repr(t), t.id(), t.shortDescription(), T('test_a').shortDescription())
print(t == T('test_b'), t == T('test_a'), hash(t) == hash(T('test_b')))
print(t.countTestCases())
try:
    T('nope')
except ValueError as e:
    print('ValueError:', e)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(T))
suite = loader.loadTestsFromTestCase(T)
print(suite, suite.countTestCases())
print(list(suite) == [T('test_a'), T('test_b')])
loader.testMethodPrefix = 'help'
print(loader.getTestCaseNames(T))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(T))
s = unittest.TestSuite()
s.addTest(T('test_a'))
s.addTests([T('test_b'), unittest.TestSuite([T('test_a')])])
print(s.countTestCases(), s)
try:
    s.addTest(T)
except TypeError as e:
    print('TypeError:', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError:', e)
ft = unittest.FunctionTestCase(lambda: None, description='a function test')
print(str(ft).startswith('unittest.case.FunctionTestCase ('), ft.shortDescription())
r = unittest.TestResult()
T('test_a').run(r)
print(r, r.testsRun, r.wasSuccessful())
print(T('test_a').run())
print(unittest.TestResult, unittest.TextTestRunner, unittest.TextTestResult)
print(unittest.SkipTest.__mro__)
