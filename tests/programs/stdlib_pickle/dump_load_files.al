# dump and load through real files, several pickles in one file.
import pickle
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.pkl")
    with open(path, "wb") as f:
        for proto in range(6):
            pickle.dump({"proto": proto, "items": list(range(proto))}, f, proto)
        pickle.dump("x" * 100000, f)
    with open(path, "rb") as f:
        for proto in range(6):
            print(pickle.load(f))
        print(len(pickle.load(f)))
        try:
            pickle.load(f)
        except EOFError as e:
            print("EOFError:", e)
    with open(path, "rb") as f:
        print(f.read(20))
