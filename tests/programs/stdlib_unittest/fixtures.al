# setUp/tearDown order, cleanups, class fixtures, skips, expected failures.
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




class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')

    def setUp(self):
        print('setUp', self._testMethodName)
        self.addCleanup(print, 'cleanup', self._testMethodName)

    def tearDown(self):
        print('tearDown', self._testMethodName)

    def test_ok(self):
        print('in test_ok')

    def test_fails(self):
        self.assertEqual('a', 'b')

    def test_skip_inside(self):
        self.skipTest('not today')

    @unittest.skip('decorated')
    def test_skipped(self):
        print('never')

    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_skip_unless(self):
        print('ran skipUnless')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        print('never')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp broke')

    def test_x(self):
        print('never')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class setup broke')

    def test_y(self):
        print('never')


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Fixtures, Skipped, BrokenSetUp, BrokenClass):
    suite.addTests(loader.loadTestsFromTestCase(cls))
r = run(suite, verbosity=2)
print(len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures),
      len(r.unexpectedSuccesses), r.testsRun)
print([str(t) for t, reason in r.skipped], [reason for t, reason in r.skipped])
