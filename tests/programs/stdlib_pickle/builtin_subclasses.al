# Subclasses of built-in types keep their class, value and attributes.
import pickle


class Name(str):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


class Items(list):
    pass


class Table(dict):
    pass


class Group(set):
    pass


class Frozen(frozenset):
    pass


class Pair(tuple):
    pass


class Blob(bytes):
    pass


for proto in range(6):
    values = [Name("n"), Count(5), Ratio(0.5), Items([1, 2]), Table(k=1), Group({3}), Frozen({4}), Pair((1, 2)), Blob(b"b")]
    for v in values:
        v.note = "noted"
    data = pickle.dumps(values, proto)
    print(proto, data)
    for v in pickle.loads(data):
        print("  ", type(v).__name__, repr(v), v.note)
