# The json package's names, submodules and classes, as CPython's.
import json
import json.decoder
import json.encoder
from json import *

print(json.__all__)
print(sorted(n for n in json.__all__ if n in dir(json)))
print(json.__name__, json.decoder.__name__, json.encoder.__name__)
print(json.JSONDecodeError, json.JSONDecoder, json.JSONEncoder)
print(json.decoder.JSONDecodeError is JSONDecodeError, json.encoder.JSONEncoder is JSONEncoder,
      json.decoder.JSONDecoder is JSONDecoder)
print(JSONDecodeError.__module__, JSONDecoder.__module__, JSONEncoder.__module__)
print(dumps([1]), loads('[2]'), callable(dump), callable(load))
print(json.dumps.__name__, json.loads.__name__, json.dump.__name__, json.load.__name__)
print(json.encoder.encode_basestring('a"\u00e9'), json.encoder.encode_basestring_ascii('a"\u00e9'))
print(json.encoder.py_encode_basestring('x\n'), json.encoder.py_encode_basestring_ascii('\U0001f600'))
try:
    json.loads('[')
except json.decoder.JSONDecodeError as e:
    print(repr(e), type(e).__module__, type(e).__qualname__)
print(json.decoder.scanstring('"abc" x', 1), json.decoder.scanstring('["a\\nb", 1]', 2))
try:
    json.decoder.scanstring('"abc', 1)
except ValueError as e:
    print(type(e).__name__, e)
