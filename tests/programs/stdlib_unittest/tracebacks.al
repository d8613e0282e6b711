# Errors inside helpers, chained exceptions, tracebacks without unittest's frames.
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




def helper(x):
    return {'a': 1}[x]


class Traces(unittest.TestCase):
    def test_helper_error(self):
        helper('b')

    def test_chained(self):
        try:
            helper('c')
        except KeyError as e:
            raise RuntimeError('wrapped') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.fail('while handling')

    def test_assert_in_helper(self):
        self.check_positive(-1)

    def check_positive(self, n):
        self.assertGreater(n, 0, 'n must be positive')

    def test_plain_assert(self):
        assert 1 == 2, 'plain assert'


run(Traces)
