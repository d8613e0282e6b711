# Printing a lone surrogate fails as stdout's strict UTF-8 encoder does,
# after what print already wrote; stderr escapes it.
import sys
try:
    print('before', '\udc80', 'after')
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e, e.start, e.end, ascii(e.object))
try:
    sys.stdout.write('x\ud800y\n')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(ascii('\udc80'), repr('\udc80').encode('utf-8', 'surrogatepass'))
import json
print(json.dumps('\ud800x\udfff'), json.dumps('\ud800', ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(ascii(json.loads('"\\ud800 \\udc00x \\ud83d\\ude00"')), ascii(json.loads(b'"\\udfff"')))
print(ascii(json.loads('["\\ud800", {"\\udc80": 1}]')))
