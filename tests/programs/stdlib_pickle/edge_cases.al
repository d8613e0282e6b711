# Edge cases: Pickler/Unpickler subclasses that skip __init__, fast mode on a
# cycle, protocol 0's text opcodes, a dict changed while pickled, EOF.
import pickle, io
class NoInit(pickle.Pickler):
    def __init__(self):
        pass
try:
    NoInit().dump(1)
except Exception as e:
    print(type(e).__name__, e)
class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
try:
    NoInitU().load()
except Exception as e:
    print(type(e).__name__, e)
p = pickle.Pickler(io.BytesIO(), 2)
p.fast = True
a = []
a.append(a)
try:
    p.dump(a)
except Exception as e:
    print(type(e).__name__, str(e).split(" at ")[0])
class P0(pickle.Pickler):
    def persistent_id(self, obj):
        return "\xe9" if obj == 1 else None
try:
    P0(io.BytesIO(), 0).dump([1])
except Exception as e:
    print(type(e).__name__, e)
class Mut:
    def __reduce__(self):
        d["x"] = 1
        return (Mut, ())
d = {1: Mut(), 2: 3}
try:
    print(pickle.dumps(d, 2))
except Exception as e:
    print(type(e).__name__, e)
print(pickle.dumps("\u00e9\u0100\n", 0), pickle.loads(pickle.dumps("\\u0041\\", 0)))
print(pickle.loads(b"Vx\\u0041\\\\u0042\n."))
print(pickle.loads(b"I0x10\n."), pickle.loads(b"L-5L\n."), pickle.loads(b"F1e3\n."))
try:
    pickle.loads(b"Vbad\\u00\n.")
except Exception as e:
    print(type(e).__name__, e)
for proto in range(6):
    print(pickle.dumps(pickle.HIGHEST_PROTOCOL, proto))
print(pickle.dumps([1.0, 1.0, "a", "a"], 0))
u = pickle.Unpickler(io.BytesIO(b"(K\x01"))
try:
    u.load()
except Exception as e:
    print(type(e).__name__, e)
