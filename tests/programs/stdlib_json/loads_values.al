# loads and JSONDecoder: values, hooks, parse functions, strict, raw_decode.
import json
from json import JSONDecoder

docs = ['NaN', '-Infinity', 'Infinity', '-0', '-0.0', '1E5', '1e-5', '1.5e400', '-1.5e400',
        '123456789012345678901234567890', '-98765432109876543210', '0', '0.0', '1.25', '-7',
        '3.141592653589793', '1e16', '2.5E+3', '1E-0', '[[[]]]', '{"a":{"b":[1,{"c":null}]}}',
        '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[true,false,null]', '"abc" ', '"\\u00e9"', '"\u00e9"',
        '"\x7f"', '{"":""}', '{"a":1,"a":2}', '[Infinity, -Infinity, NaN]',
        '"\\ud83d\\ude00"', '"\\uD83D\\uDE00 \\uDbFf\\uDFFF"', '"\\u12345"', '"\\uabcd\\uABCD"',
        '["\\ud83d\\ude00", "\\u00e9\\n"]', ' \t\n\r[ \t\n\r1 \t\n\r, \t\n\r2 \t\n\r] \t\n\r',
        '{ "k" : [ 1 , { "x" : "y" } ] , "z" : { } }', '"\u4e2d\u6587 \U0001f600 text"',
        '{"\u00e9": "\u00e8", "b": ["\u4e2d", 1]}', '[1.0, 1.5, 100.0, 1e-07, 123e4]', '[]', '{}',
        '""', '"a\\u0000b"', '[0, -0, 0.5, -0.5, 10, 99999999999999999999.5]']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

nan = json.loads('NaN')
print(nan != nan, json.loads('[1e400]')[0] == float('inf'))

# Hooks and parse functions.
print(json.loads('[1, 2, 3.5]', parse_int=float), json.loads('[1.5, 2]', parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=repr))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p, object_hook=lambda d: 5))
print(json.loads('{}', object_pairs_hook=lambda p: p), json.loads('{}', object_hook=lambda d: 'empty'))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: list(reversed(p))))
print(json.loads('[{"x": 1}, {"x": 2}]', object_hook=lambda d: d['x'] * 10))
print(json.loads('"12"', parse_int=float), json.loads('12', parse_int=str), json.loads('-3', parse_int=lambda s: s * 2))
print(json.loads('1.5e3', parse_float=lambda s: ('F', s)), json.loads('-0.0', parse_float=repr))

calls = []


def hook(d):
    calls.append(sorted(d))
    return d


json.loads('{"a": {"b": {"c": 1}}, "d": [{"e": 2}]}', object_hook=hook)
print(calls)

# strict=False allows control characters in strings.
for d in ['"a\nb"', '"\x00\x1f"', '"a\tb\\n"', '["\x01", 1]', '{"\n": 1}']:
    print(repr(json.loads(d, strict=False)))
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(e)

dec = JSONDecoder()
print(dec.raw_decode('[1] xyz'), dec.raw_decode('xx[1] xyz', 2), dec.raw_decode('{"a": 1}{"b": 2}'))
print(dec.raw_decode('"abc" 1'), dec.raw_decode('123abc'), dec.raw_decode('nullnull'))
print(dec.decode(' 1 '), dec.decode('\n[1]\n'), dec.strict, dec.object_hook, dec.object_pairs_hook)
print(dec.parse_int is int, dec.parse_float is float, dec.parse_constant('NaN'), dec.parse_constant('-Infinity'))
d = JSONDecoder(parse_int=str, strict=False)
print(d.decode('[1, 2.0]'), d.parse_int, d.strict, d.decode('"\t"'))


class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder), json.loads('[1.5]', cls=MyDecoder, parse_float=str))
print(MyDecoder().decode('{"x": [{"y": 2}]}'))

# Big documents.
doc = '[' + ', '.join('{"id": %d, "name": "item%d", "tags": ["a", "b"], "score": %d.5}' % (i, i, i) for i in range(2000)) + ']'
v = json.loads(doc)
print(len(v), v[0], v[-1], sum(x['score'] for x in v))
deep = '[' * 500 + ']' * 500
v = json.loads(deep)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth)
long_string = '"' + 'x' * 100000 + '\\n' + '\u00e9' * 1000 + '"'
s = json.loads(long_string)
print(len(s), s[99999:100002])
