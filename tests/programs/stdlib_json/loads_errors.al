# loads: CPython's JSONDecodeError messages, positions and attributes.
import json

cases = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
         '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}", '"abc', '"a\\', '"a\\x"', '"\\u12"',
         '"\\u12zz"', '"a\nb"', '"a\tb"', '"\x00"', 'nul', 'tru', 'fals', '-NaN', '-', '-a',
         '01', '1.', '1.e5', '1e', '1e+', '.5', '+1', '1 2', '[1]x', '\ufeff[]', '[1,\n 2,\n x]',
         '{"a":1 "b":2}', '["a" "b"]', '[,]', '{,}', '{"a":1,,}', 'true false', '  "x"\n\n  y',
         '[1,2', '{"a":[1,2}', '[-]', '[1.5.5]', '"\\U0041"', '["\u00e9", x]', '"\x1f"',
         '[1e5x]', 'infinity', '-Inf', '[NaN', 'true1', 'nullx', '[1,]x', '"\\ud800\\"',
         '"\\ud800\\u"', '"\\ud800\\u12"', '"\\ud800\\u12zz"', '"\\u0041', '"abc\\', '"\\',
         '"\\"', '"a\nb', '"\\u00"', '"\\u 123"', '"\\u+123"', '"\\u0x12"', '"\\u_123"',
         '"\\ud83d\\ude0"', '"\\ud83d\\ude0"x', '"\\ud83d\\u', '"\\ud83d\\uZZZZ"', '"x\\\n"',
         '{"a": 1}\n}', '\n\n\n   [', '[\r\n\t1\r\n\t,]', '{"a"\n:\n1\n,\n"b"\n:\n}',
         '[1, 2, 3, {"a": [true, false, nul]}]', '{"\u00e9\u00e9": 1, x}', '  \t']
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == c)

try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args, repr(e))
print(json.JSONDecodeError.__mro__[1:])
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
e = json.JSONDecodeError('m', 'ab\ncd', 4)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args)
e = json.JSONDecodeError('Expecting value', 'x\ny\nz', 0)
print(e, e.lineno, e.colno)
try:
    raise json.JSONDecodeError('boom', '{}', 1)
except json.JSONDecodeError as err:
    print(err)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)

for bad in [5, None, 1.5, ['x'], {'a': 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for call in [lambda: json.JSONDecoder().decode(5), lambda: json.JSONDecoder().raw_decode(5),
             lambda: json.JSONDecoder().raw_decode('1', -1), lambda: json.JSONDecoder().raw_decode('1', 'a'),
             lambda: json.JSONDecoder().raw_decode(' [1]'), lambda: json.JSONDecoder().raw_decode('[1]', 5),
             lambda: json.JSONDecoder(5), lambda: json.loads('[1]', foo=1), lambda: json.loads()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
