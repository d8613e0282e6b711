# JSONEncoder (subclasses, iterencode pieces), dump and load with file-like objects.
import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, text):
        self.text = text
        self.reads = 0

    def read(self):
        self.reads += 1
        return self.text


e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii,
      e.check_circular, e.allow_nan)
e2 = json.JSONEncoder(indent=1)
print(repr(e2.item_separator), repr(e2.key_separator), e2.indent)
e3 = json.JSONEncoder(separators=(',', ':'), indent=4)
print(repr(e3.item_separator), repr(e3.key_separator))
print(list(e.iterencode([1, "a", [2, 3], {"k": 1, "j": [None, True]}, {}, [], 2.5, {"x": {"y": 1}}])))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"a": [1, 2], "b": {}}])))
print(list(e.iterencode({"a": 1, 2: "b", None: [1], "c": {"d": 2}})))
print(list(e.iterencode("s")), list(e.iterencode(1)), list(e.iterencode(None)), list(e.iterencode(1.5)))
print(list(json.JSONEncoder(default=lambda o: [1, 2]).iterencode([object()])))
print(list(json.JSONEncoder(default=lambda o: 5).iterencode(object())))
print(list(json.JSONEncoder(default=lambda o: 5).iterencode({"a": object()})))
print(list(json.JSONEncoder(sort_keys=True, skipkeys=True).iterencode({"b": 1, "a": [1.5, "x"]})))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, "b": 2, (2,): 3, "c": 4})))
print(e.iterencode([1], _one_shot=True))
print(type(e.iterencode([1])).__name__)
print(e.encode({"a": [1, 2]}), e.encode("x\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("x\u00e9"))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
try:
    e.default(object())
except TypeError as err:
    print(err)

# Lazy: default() runs as the pieces are asked for.
seen = []


def note(o):
    seen.append('default')
    return 'obj'


it = json.JSONEncoder(default=note).iterencode([1, object(), 2])
print(seen, next(it), seen, next(it), next(it), seen, list(it))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(json.dumps({"s": {3, 1, 2}, "f": frozenset()}, cls=SetEncoder, sort_keys=True, indent=2))
try:
    json.dumps({"s": object()}, cls=SetEncoder)
except TypeError as err:
    print(err)
print(SetEncoder().encode([{1}]), list(SetEncoder().iterencode([{1}])))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return json.JSONEncoder.default(self, o)


print(json.dumps([Point(1, 2), Point(3, Point(4, 5))], cls=PointEncoder))


class Rounding(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(Rounding().encode({"a": [True, None]}), json.dumps({"a": "b"}, cls=Rounding))


class Verbose(json.JSONEncoder):
    def encode(self, o):
        return 'ENC:' + super().encode(o)


print(json.dumps([1], cls=Verbose))

# dump writes the pieces of iterencode.
w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, w)
print(w.parts, ''.join(w.parts))
w = Writer()
json.dump([1, {"x": [2]}], w, indent=2, sort_keys=True)
print(w.parts)
w = Writer()
json.dump("text", w)
json.dump(1.5, w)
print(w.parts)
w = Writer()
try:
    json.dump([1, 2, object(), 3], w)
except TypeError as err:
    print(err, w.parts)
w = Writer()
json.dump({"s": {1}}, w, cls=SetEncoder)
print(w.parts)
w = Writer()
json.dump({"k": "\u00e9"}, w, ensure_ascii=False, separators=(',', ':'))
print(w.parts)

# load reads once and parses.
r = Reader('{"a": [1, 2.5, "x"], "b": null}')
print(json.load(r), r.reads)
print(json.load(Reader('[1, 2]'), parse_int=float))
print(json.load(Reader('{"a": 1}'), object_pairs_hook=list))
try:
    json.load(Reader('[1, 2'))
except json.JSONDecodeError as err:
    print(err)
try:
    json.load(Reader(5))
except TypeError as err:
    print(err)

# Round trips.
values = [None, True, False, 0, -1, 2 ** 70, 0.1, -2.5e-8, 1e22, "", "x", "\u00e9\u4e2d\U0001f600",
          "\x00\n\"\\", [], {}, [1, [2, [3, {}]]], {"a": {"b": {"c": [None, 1.5]}}},
          {"\u00e9": "v", "k\n": ["\t"]}]
for v in values:
    for kw in [{}, {'ensure_ascii': False}, {'indent': 2}, {'separators': (',', ':')}, {'sort_keys': True}]:
        assert json.loads(json.dumps(v, **kw)) == v, (v, kw)
        w = Writer()
        json.dump(v, w, **kw)
        assert ''.join(w.parts) == json.dumps(v, **kw), (v, kw)
print('round trips ok')

# A deterministic pseudo-random document.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def make(depth):
    k = rnd(8 if depth < 4 else 5)
    if k == 0:
        return rnd(1000) - 500
    if k == 1:
        return rnd(100000) / 64
    if k == 2:
        return ''.join(chr(32 + rnd(200)) for _ in range(rnd(8)))
    if k == 3:
        return [None, True, False][rnd(3)]
    if k == 4:
        return 'word%d' % rnd(50)
    if k == 5:
        return [make(depth + 1) for _ in range(rnd(5))]
    return {'k%d' % rnd(20): make(depth + 1) for _ in range(rnd(5))}


doc = [make(0) for _ in range(200)]
text = json.dumps(doc)
print(len(text), text[:300])
print(json.dumps(doc, ensure_ascii=False, sort_keys=True)[:300])
print(json.dumps(doc[:5], indent=1))
assert json.loads(text) == doc
assert json.loads(json.dumps(doc, indent='  ', sort_keys=True)) == doc
print('random ok')
