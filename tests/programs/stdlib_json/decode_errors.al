# A validator reporting where JSON documents go wrong: for each bad document
# JSONDecodeError's msg, pos, lineno and colno, a caret under the offending
# column, and that it is a ValueError; good documents are summarised.
import json

docs = [
    '{"a": 1, "b": [1, 2, 3]}',
    '{"a": 1,}',
    '[1, 2\n, 3,\n]',
    '{"key" 1}',
    '{"x": tru}',
    '"unterminated',
    '{"a": 1} extra',
    '',
    '   \n  ',
    '[1, 2',
    '{1: 2}',
    '"bad \\q escape"',
    '"tab\there"',
    '01',
    '{"nested": {"deep": [1, {"k": }]}}',
    '[-]',
    '"\\u12"',
    '\ufeff[1]',
]
for doc in docs:
    try:
        value = json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{e.msg}: line {e.lineno} column {e.colno} (char {e.pos})")
        line = doc.split("\n")[e.lineno - 1] if doc else ""
        print("   " + repr(line) + "\n   " + " " * (e.colno) + "^")
        print("  ", isinstance(e, ValueError), str(e) == f"{e.msg}: line {e.lineno} column {e.colno} (char {e.pos})", e.doc == doc)
    else:
        print("ok:", type(value).__name__, value)
try:
    json.loads('[1, 2', strict=False)
except ValueError as e:
    print(type(e).__name__, e.args)
print(json.loads('"tab\there"', strict=False), json.JSONDecoder().raw_decode('[1] tail'))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
