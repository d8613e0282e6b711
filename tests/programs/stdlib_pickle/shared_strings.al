# Shared objects the memo finds again: attribute names of many instances,
# keys of dict displays, CPython's one empty bytes and single-byte bytes.
import pickle
class P:
    def __init__(self, x):
        self.x = x
        self.name = "x"
rows = [P(i) for i in range(3)]
print(pickle.dumps(rows, 2))
print(pickle.dumps(rows, 4))
recs = [{"id": i, "kind": "id"} for i in range(3)]
print(pickle.dumps(recs, 4))
def mk(k):
    return {k: 1}
print(pickle.dumps([mk("key"), mk("key"), {"key": 2}], 4))
print(pickle.dumps(["", "", str()], 4))
print(pickle.dumps([b"", b"", bytes()], 4))
print(pickle.dumps([b"a", b"a", bytes([97])], 4))
