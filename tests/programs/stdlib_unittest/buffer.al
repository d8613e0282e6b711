# buffer=True hides a passing test's output and shows a failing one's.
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




class Loud(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden output')

    def test_loud_fail(self):
        print('shown output')
        sys.stderr.write('shown error\n')
        self.fail('boom')


saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
sys.stderr = capture
stream = Clean()
result = unittest.TextTestRunner(stream=stream, buffer=True).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Loud))
sys.stdout = saved
print(text(stream), end='')
print(repr(capture.getvalue().replace(__file__, '<file>')))
