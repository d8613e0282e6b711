# dumps and JSONEncoder: every option, number and string forms, errors.
import json


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    def __str__(self):
        return 'MyInt-str'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyDict(dict):
    pass


class MyList(list):
    pass


def t(*a, **k):
    try:
        print(repr(json.dumps(*a, **k)))
    except (TypeError, ValueError) as e:
        print('!!', type(e).__name__, e)


t([1, 2.5, "a", None, True, False, {"k": [1, {}]}, [], {}])
t({"a": 1, "b": [1, 2]}, indent=2)
t({"a": 1, "b": [1, 2], "c": {}, "d": []}, indent=0)
t({"a": 1, "b": [1, 2]}, indent="\t")
t({"a": 1, "b": [1, 2]}, indent="ab")
t([1, [2, [3]]], indent=-1)
t({"b": 1, "a": 2}, sort_keys=True)
t({"b": 1, 2: 2}, sort_keys=True)
t({1: 1, 2.5: 2, True: 3, None: 4, False: 5})
t({(1, 2): 3})
t({(1, 2): 3}, skipkeys=True)
t({(1,): 1, 'b': 2}, skipkeys=True)
t({(1,): 1, 'b': 2}, skipkeys=True, sort_keys=True)
t({1: 2, "1": 3})
t([1, 2], separators=(',', ':'))
t({"a": 1}, separators=(';', '='))
t({"a": [1, 2]}, indent=2, separators=(',', ': '))
t(['a', 'b'], indent=2, separators=(', ', ': '))
t(float('nan'))
t(float('inf'))
t(-float('inf'))
t(float('nan'), allow_nan=False)
t([float('inf')], allow_nan=False)
t({float('nan'): 1})
t({float('inf'): 1}, allow_nan=False)
t({1.5: 1, float('-inf'): 2})
for x in [1e16, 1e-5, 0.1, -0.0, 1.0, 123456789.123, 1e300, 5e-324, 2.5, 10 ** 30, -5, 0, 2 ** 64]:
    t(x)
t(MyInt(5))
t(MyFloat(2.5))
t({MyInt(3): 1})
t({MyFloat(1.5): 1})
t(MyStr("x"))
t({MyStr('k'): MyStr('v')})
t(MyDict(a=1))
t(MyList([1]))
t([MyInt(3), MyFloat(2.5), {MyInt(4): MyFloat(1.5)}], indent=1)
t(True)
t({True: 1})
t("h\u00e9llo \U0001F600 \x00\x1f\x7f \"q\" \\ / \n\r\t\b\f \u2028")
t("h\u00e9llo \U0001F600 \x00\x1f\x7f \"q\" \\ \n", ensure_ascii=False)
t({"\u00e9": ["\u4e2d\u6587"]}, ensure_ascii=False)
t({"\u00e9": ["\u4e2d\u6587"]})
t("\u2028\u2029")
t("\u2028", ensure_ascii=False)
t("plain")
t("")
t('quote " and backslash \\')
t('quote " and backslash \\', ensure_ascii=False)
t('\x01\x02 control', ensure_ascii=False)
t(object())
t({1, 2})
t((1, 2))
t(((), ((),)))
t([1, object()], default=lambda o: 'D')
t([1, object()], default=lambda o: [o.__class__.__name__])
t({'x': object()}, default=lambda o: {'k': None}, indent=2)
a = []
a.append(a)
t(a)
d = {}
d['x'] = d
t(d)
t([d], indent=1)


class Bad:
    pass


def dflt(o):
    raise TypeError('nope')


t([Bad()], default=dflt)
t(Bad())
t({"x": Bad()})


def self_default(o):
    return o


t(Bad(), default=self_default)
t([1], indent=2.5)
t('x', indent=2.5)
t({"a": 1}, indent=True)
t([], indent=2)
t({}, indent=2)
t([[]], indent=2)
t([{}, [], [[1]]], indent=3)
t([1], sort_keys=True, indent=None, separators=None)
t({"a": 1, "b": 2}, indent=1, separators=(',', ':'))
t({2: 1, 1: 2}, sort_keys=True)
t({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1)
t("x", cls=json.JSONEncoder)
t({None: 1, "null": 2})
t([1], default=None)
t({"k": None}, default=str, skipkeys=True, check_circular=False, allow_nan=True)
t({"a": 1}, indent=None, separators=(',', ':'))
t([], separators=('', ''))
t([1, 2, {"a": 3}], separators=('', ''))
t([1], foo=1)
try:
    json.dumps()
except TypeError as e:
    print(e)
try:
    json.dumps([1], 2)
except TypeError as e:
    print(e)

# Shared lists are not circular.
shared = [1]
t([shared, shared, {"a": shared}])
t([shared, shared], check_circular=False)


class Loud(str):
    def __str__(self):
        return 'LOUD'

    def __format__(self, spec):
        return 'FORMAT'


t(Loud('quiet'))
t({Loud('k\u00e9'): [Loud('v"')]})
t({Loud('k\u00e9'): [Loud('v"')]}, ensure_ascii=False, indent=1)
print(list(json.JSONEncoder().iterencode({Loud('a'): Loud('b')})))
# Repeated and long strings (the encoder keeps short ones it has seen).
words = ['w%d' % (i % 7) for i in range(50)] + ['x' * 100, 'x' * 100, '\u00e9' * 70]
print(json.dumps(words) == '[' + ', '.join('"%s"' % w if w[0] != '\u00e9' else '"' + '\\u00e9' * 70 + '"' for w in words) + ']')
print(json.dumps({w: w for w in words}, ensure_ascii=False)[:80])

# allow_nan=False: CPython names the value only where its Python encoder
# runs (with an indent, in iterencode and dump).


class Nan(float):
    def __repr__(self):
        return 'Nan!'


for v in [float('nan'), [float('inf')], {'a': -float('inf')}, {float('nan'): 1}, [1, [Nan('nan')]]]:
    for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'indent': None, 'separators': (',', ':')}]:
        t(v, allow_nan=False, **kw)
    try:
        list(json.JSONEncoder(allow_nan=False).iterencode(v))
    except ValueError as e:
        print('iterencode', e)
    try:
        json.JSONEncoder(allow_nan=False).iterencode(v, _one_shot=True)
    except ValueError as e:
        print('one shot', e)
print(type(json.JSONEncoder(indent=1).iterencode([1], _one_shot=True)).__name__,
      json.JSONEncoder().iterencode([1], _one_shot=True))
