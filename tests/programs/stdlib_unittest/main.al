# unittest.main() with argv: verbosity, -k, test names, exit status.
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




class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual(2, 3)


class B(unittest.TestCase):
    def test_three(self):
        pass

    def test_four_match(self):
        pass


def main(*args, **kw):
    stream = Clean()
    try:
        unittest.main(argv=['prog'] + list(args),
                      testRunner=unittest.TextTestRunner(stream=stream,
                                                         verbosity=kw.pop('v', 1)),
                      **kw)
    except SystemExit as e:
        print(text(stream), end='')
        print('exit', e.code)
    else:
        print(text(stream), end='')
        print('no exit')


main()
main('B')
main('A.test_one', 'B.test_three')
main('-k', 'match')
main('-k', 'nothing')
main(exit=False)
main('B', v=2)
prog = unittest.main(argv=['prog', '-v', 'B'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=Clean()))
print(prog.verbosity, prog.testNames, prog.result)
sys.stderr = sys.stdout
try:
    unittest.main(argv=['prog', '--bogus'])
except SystemExit as e:
    print('exit', e.code)
