# assertRaises, assertRaisesRegex, assertWarns, assertLogs.
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


import warnings
import logging


class Raises(unittest.TestCase):
    def test_context(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__, cm.exception)

    def test_callable(self):
        self.assertRaises(ValueError, int, 'x')
        self.assertRaisesRegex(ValueError, 'invalid literal', int, 'x')

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    def test_not_raised_by(self):
        self.assertRaises(KeyError, len, [])

    def test_wrong_type(self):
        with self.assertRaises(KeyError):
            raise IndexError('other')

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, r'^abc'):
            raise ValueError('xyz')

    def test_tuple(self):
        with self.assertRaises((KeyError, IndexError)):
            [][1]

    def test_bad_arg(self):
        try:
            self.assertRaises(42)
        except TypeError as e:
            print('TypeError:', e)

    def test_msg(self):
        with self.assertRaises(TypeError, msg='need a TypeError'):
            pass

    def test_warns(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn('careful', UserWarning)
        print('warning:', cm.warning)
        with self.assertWarnsRegex(DeprecationWarning, 'old'):
            warnings.warn('this is old', DeprecationWarning)

    def test_warns_missing(self):
        with self.assertWarns(RuntimeWarning):
            pass

    def test_logs(self):
        with self.assertLogs('app', level='INFO') as cm:
            logging.getLogger('app').info('first')
            logging.getLogger('app.sub').warning('second')
        print(cm.output)
        print([r.getMessage() for r in cm.records])

    def test_logs_missing(self):
        try:
            with self.assertLogs('quiet'):
                pass
        except AssertionError as e:
            print('AssertionError:', e)

    def test_no_logs(self):
        try:
            with self.assertNoLogs('noisy', level='ERROR'):
                logging.getLogger('noisy').error('oops')
        except AssertionError as e:
            print('AssertionError:', e)


run(Raises, verbosity=2)
