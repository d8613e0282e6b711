# patch as a decorator of test methods and classes, patch.dict, patch.multiple, in a TestCase.
import io
import os
import re
import sys
import unittest
from unittest import mock


class Service:
    def fetch(self, key):
        return 'real ' + key

    def total(self, keys):
        return [self.fetch(k) for k in keys]


CONFIG = {'mode': 'prod'}


class TestService(unittest.TestCase):
    @mock.patch.object(Service, 'fetch')
    def test_fetch_mocked(self, fetch):
        fetch.side_effect = lambda key: key.upper()
        self.assertEqual(Service().total(['a', 'b']), ['A', 'B'])
        fetch.assert_has_calls([mock.call('a'), mock.call('b')])
        self.assertEqual(fetch.call_count, 2)

    @mock.patch.dict(CONFIG, {'mode': 'test'})
    def test_config(self):
        self.assertEqual(CONFIG['mode'], 'test')

    @mock.patch('os.getcwd', return_value='/here')
    @mock.patch('os.getpid', return_value=7)
    def test_stacked(self, getpid, getcwd):
        self.assertEqual((os.getcwd(), os.getpid()), ('/here', 7))

    def test_multiple(self):
        with mock.patch.multiple(Service, fetch=mock.DEFAULT,
                                 total=mock.DEFAULT) as values:
            self.assertEqual(sorted(values), ['fetch', 'total'])
            Service().total([1])
            values['total'].assert_called_once_with([1])

    def test_failing_assertion(self):
        m = mock.Mock(name='thing')
        m(1)
        said = None
        try:
            m.assert_called_with(2)
        except AssertionError as e:
            said = str(e)
        self.fail('mock said: %s' % said)

    def test_start_stop(self):
        patcher = mock.patch.object(Service, 'fetch', return_value='p')
        patcher.start()
        self.addCleanup(patcher.stop)
        self.assertEqual(Service().fetch('x'), 'p')


@mock.patch.object(Service, 'fetch', return_value='class-level')
class TestClassPatched(unittest.TestCase):
    def test_one(self, fetch):
        self.assertEqual(Service().fetch('k'), 'class-level')

    def test_two(self, fetch):
        Service().fetch('j')
        fetch.assert_called_once_with('j')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestSuite([
        unittest.defaultTestLoader.loadTestsFromTestCase(TestService),
        unittest.defaultTestLoader.loadTestsFromTestCase(TestClassPatched)]))
out = re.sub(r'in \d+\.\d+s', 'in T.TTTs', stream.getvalue())
print(out.replace(__file__, '<file>'), end='')
print(Service().fetch('after'), CONFIG)
