# Every assert method's failure message, with and without msg=.
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




class Asserts(unittest.TestCase):
    maxDiff = None

    def check(self, name, *args, **kw):
        try:
            getattr(self, name)(*args, **kw)
        except AssertionError as e:
            print(name, '->', str(e).replace(__file__, '<file>'))
        else:
            print(name, 'passed')

    def test_all(self):
        c = self.check
        c('assertEqual', 1, 2)
        c('assertEqual', 1, 1)
        c('assertEqual', 'x' * 100, 'x' * 99 + 'y')
        c('assertEqual', 1, 2, msg='custom')
        c('assertNotEqual', 3, 3)
        c('assertTrue', 0)
        c('assertFalse', [1])
        c('assertIs', 1, None)
        c('assertIsNot', None, None)
        c('assertIsNone', 5)
        c('assertIsNotNone', None)
        c('assertIn', 4, [1, 2])
        c('assertNotIn', 1, [1, 2])
        c('assertIsInstance', 1, str)
        c('assertNotIsInstance', 1, int)
        c('assertLess', 2, 1)
        c('assertLessEqual', 2, 1)
        c('assertGreater', 1, 2)
        c('assertGreaterEqual', 1, 2)
        c('assertAlmostEqual', 1.0, 1.1)
        c('assertAlmostEqual', 1.0, 1.00000001)
        c('assertAlmostEqual', 1.0, 1.5, delta=0.1)
        c('assertAlmostEqual', 1.0, 1.5, places=0)
        c('assertNotAlmostEqual', 1.0, 1.00000001)
        c('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
        c('assertRegex', 'hello', r'\d+')
        c('assertNotRegex', 'abc123', r'\d+')
        c('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
        c('assertCountEqual', [[1], [2]], [[2], [3]])
        c('assertCountEqual', 'abc', 'cba')
        c('assertListEqual', [1, 2, 3], [1, 2])
        c('assertListEqual', [1], [1, 2, 3])
        c('assertTupleEqual', (1, 'a'), (1, 'b'))
        c('assertSequenceEqual', [1, 2], (1, 2))
        c('assertSequenceEqual', [1, 2], 'ab')
        c('assertListEqual', (1,), [1])
        c('assertSetEqual', {1, 2, 3}, {2, 3, 4})
        c('assertSetEqual', {1}, [1])
        c('assertDictEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
        c('assertDictEqual', {'a': 1}, [])
        c('assertMultiLineEqual', 'one\ntwo\nthree\n', 'one\n2\nthree\n')
        c('assertMultiLineEqual', 'single', 'singel')
        c('assertEqual', list(range(100)), list(range(1, 101)))
        self.maxDiff = 50
        c('assertEqual', list(range(30)), list(range(1, 31)))
        c('fail')
        c('fail', 'explicit')
        self.longMessage = False
        c('assertEqual', 1, 2, msg='only this')
        c('assertEqual', 1, 2)


run(Asserts)
