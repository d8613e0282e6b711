# Tuples, lists, dicts, sets and frozensets, empty and not, every protocol.
import pickle

values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "a", None],
          {}, {"a": 1}, {1: "x", 2: "y", 3: (4, 5)}, set(), {1}, {1, 2, 3},
          frozenset(), frozenset({7}), frozenset({1, 2}), [[], [[]]], ((), ((),)),
          {"nested": {"deeper": [1, {2: (3,)}]}}]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, v, data)
        assert back == v and type(back) is type(v)
