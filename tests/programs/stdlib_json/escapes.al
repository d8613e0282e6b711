# String escapes in both directions: runs of backslashes, escaped quotes,
# \uXXXX and surrogate pairs, controls, and long strings full of escapes.
import json

bodies = ['a\\\\b', 'a\\\\\\\\b', '\\\\', '\\\\\\\\', 'a\\"b', 'a\\\\\\"b', '\\"\\"', '\\\\\\"',
          '\\n\\t\\r\\b\\f\\/', 'x\\\\n', '\\\\\\n', '\\u0041\\\\u0041', '\\\\\\u0041',
          '\\ud83d\\ude00\\n', '\\ud83d\\ude00\\ud83d\\ude01', 'a\\u00e9\\"b\\\\', '\\u005c\\u0022',
          '\\u005cn', 'tab\\there', '\\/\\/', '\u00e9\\n\u4e2d', '\\\\u00e9', 'end\\\\\\\\\\\\']
for b in bodies:
    doc = '"' + b + '"'
    v = json.loads(doc)
    print(repr(doc), repr(v), json.dumps(v) == doc)
    assert json.loads(json.dumps(v)) == v

bad = ['"\\\\\\x"', '"a\\\\\\"', '"\\\\\\u12"', '"\\"\\q"', '"\\n\\\x01"', '"\\\\\n"', '"\\t\\u00e9\\z"',
       '"\\\\\\\\\\"', '"\\"\\"\\"', '"ab\\\\\\\\', '"\\u00e9\x1f\\n"']
for doc in bad:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), e)

text = ''.join(['line %d: "quoted" \\ back\tslash\n' % i for i in range(3000)])
doc = json.dumps(text)
print(len(doc), doc[:120])
assert json.loads(doc) == text
doc = json.dumps({'k': [text, text[:50]]}, ensure_ascii=False)
assert json.loads(doc) == {'k': [text, text[:50]]}
uni = ''.join(chr(c) for c in range(0x20, 0x3000, 7)) + '\U0001f600\U0010ffff'
doc = json.dumps(uni)
print(len(doc), doc[-40:])
assert json.loads(doc) == uni
assert json.loads(json.dumps(uni, ensure_ascii=False)) == uni
controls = ''.join(chr(c) for c in range(0x20)) + '\x7f'
print(json.dumps(controls))
print(json.dumps(controls, ensure_ascii=False))
assert json.loads(json.dumps(controls)) == controls
print(json.loads('"' + controls.replace('"', '') + '"', strict=False) == controls)
