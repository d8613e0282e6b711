# Sub-tests: each failing one reported, parameters shown, nesting.
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




class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        for a in 'xy':
            with self.subTest('outer', a=a):
                for b in (1, 2):
                    with self.subTest(b=b):
                        self.assertNotEqual((a, b), ('y', 2))

    def test_error(self):
        with self.subTest(kind='error'):
            raise KeyError('missing')
        print('after the failing sub-test')

    def test_msg_none(self):
        with self.subTest(None):
            self.fail('with None')

    def test_plain(self):
        with self.subTest():
            self.fail('no params')


run(Sub)
run(Sub, verbosity=2)
run(unittest.TestSuite([Sub('test_even')]), failfast=True)
