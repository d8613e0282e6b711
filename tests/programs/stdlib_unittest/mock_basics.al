# Mock and MagicMock: recorded calls, assertions and their messages, call, specs, side effects, patch.
from unittest import mock
import re
def clean(s): return re.sub(r"id='\d+'", "id='?'", str(s))
m = mock.Mock()
m(1, a=2); m.foo.bar(3); m().baz()
print(m.mock_calls, m.method_calls, m.call_args_list)
print(m.foo.bar._extract_mock_name())
for f in [lambda: m.assert_called_once_with(2), lambda: m.foo.assert_called(), lambda: m.assert_has_calls([mock.call(9)]),
          lambda: m.assert_any_call(9), lambda: mock.Mock(name='n').assert_called_with(1), lambda: m.assert_not_called(),
          lambda: m.assert_called_with(5), lambda: m.assert_has_calls([mock.call(9), mock.call()], any_order=True)]:
    try: f()
    except AssertionError as e: print('AE:', e)
    else: print('passed')
mm = mock.MagicMock(); print(len(mm), [x for x in mm], 3 in mm, int(mm), bool(mm), mm == mm, mm != 1)
mm.__len__.return_value = 7; print(len(mm)); print(clean(mm.mock_calls))
print(type(mm).__name__, type(mm) is mock.MagicMock, isinstance(mm, mock.MagicMock))
s = mock.Mock(spec=['a', 'b'])
try: s.c
except AttributeError as e: print(e)
print(mock.sentinel.foo, mock.ANY == 5, repr(mock.ANY), mock.DEFAULT)
m2 = mock.Mock(side_effect=[1, 2]); print(m2(), m2());
try: m2()
except StopIteration as e: print('StopIteration', repr(e))
m3 = mock.Mock(side_effect=KeyError('k'))
try: m3()
except KeyError as e: print('KeyError', e)
m4 = mock.Mock(return_value=5, **{'method.return_value': 3, 'other.side_effect': ValueError})
print(m4(), m4.method())
m.reset_mock(); print(m.call_count, m.mock_calls)
try: m.assret_called()
except AttributeError as e: print(e)
print(clean(repr(m)), clean(repr(m.foo.bar())), clean(repr(mock.Mock(name='x', spec=int))))
print(mock.call(1, 2, a=3), mock.call.method(1).other(), mock.call().x, mock.call(1) == ((1,), {}))
print(m.call_args, mock.call(1).args, mock.call(1, k=2).kwargs)
import os
with mock.patch('os.getcwd', return_value='/fake') as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != '/fake')
class C:
    def meth(self): return 'real'
with mock.patch.object(C, 'meth', return_value='mocked'):
    print(C().meth())
print(C().meth())
@mock.patch.object(C, 'meth')
def t(mocked):
    mocked.return_value = 'deco'
    return C().meth(), mocked.call_count
print(t(), C().meth())
d = {'a': 1}
with mock.patch.dict(d, {'b': 2}, clear=True):
    print(d)
print(d)
try: mock.patch('nodots')
except TypeError as e: print(e)
try:
    with mock.patch('os.nonexistent_thing'): pass
except AttributeError as e: print(str(e).split(' does ')[1])
p = mock.patch.object(C, 'meth', new=lambda self: 'started'); p.start(); print(C().meth()); p.stop(); print(C().meth())
pm = mock.PropertyMock(return_value=42)
class D: pass
type(mock.MagicMock())
D.prop = pm
print(D().prop, pm.call_count)
s = mock.Mock(); s.a.b = 1; mock.seal(s)
try: s.c
except AttributeError as e: print('sealed', e)
cm = mock.MagicMock()
with cm as v: print(clean(v))
print(clean(cm.mock_calls))
