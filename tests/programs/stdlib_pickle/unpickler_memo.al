# Unpickler reads one pickle after another from a stream, keeping its memo.
import pickle
import io

buf = io.BytesIO()
p = pickle.Pickler(buf, 1)
obj = {"k": "v"}
p.dump(obj)
p.dump(obj)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
print(a, b, a is b)
print(sorted(u.memo.copy()))
try:
    pickle.Unpickler(io.BytesIO(b"g0\n.")).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
