# json.loads of bytes and bytearray documents in every encoding it detects.
import json

doc = '{"k": [1, 2.5, "caf\xe9", null]}'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = doc.encode(enc)
    print(enc, json.detect_encoding(b), json.loads(b), json.loads(bytearray(b)) == json.loads(doc))
print(json.detect_encoding(b'1'), json.detect_encoding(b'\x001'), json.detect_encoding(b'1\x00'))
print(json.loads(b'12'), json.loads(b'"x"'))
for bad in [b'\xff', 5, memoryview(b'1')]:
    try:
        json.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
