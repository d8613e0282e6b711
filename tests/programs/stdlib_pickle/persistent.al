# persistent_id and persistent_load: objects kept outside the pickle.
import pickle
import io


class Record:
    def __init__(self, key):
        self.key = key


DB = {"r1": Record("r1"), "r2": Record("r2")}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return "Record:" + obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(":")
        print("loading", kind, key)
        return DB[key]


class TextPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return obj.key if isinstance(obj, Record) else None


class TextUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return DB[pid]


for proto in range(6):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump([DB["r1"], "x", DB["r2"], DB["r1"]])
    print(proto, buf.getvalue())
    buf.seek(0)
    out = DBUnpickler(buf).load()
    print(out[0] is DB["r1"], out[2] is DB["r2"], out[1])
buf = io.BytesIO()
TextPickler(buf, 0).dump({"a": DB["r2"]})
print(buf.getvalue())
buf.seek(0)
print(TextUnpickler(buf).load()["a"] is DB["r2"])
try:
    pickle.loads(buf.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
