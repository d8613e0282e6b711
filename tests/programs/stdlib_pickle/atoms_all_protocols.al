# None, bools, ints of every size, floats, str and bytes under every protocol.
import pickle

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31,
          2**31, -2**31 - 1, 2**63, -2**63 - 1, 2**64 + 1, 10**40, -(10**40), 1 << 2100,
          0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, float("inf"), float("-inf"),
          "", "abc", "caf\xe9", "\u20ac uro", "\U0001f600", "back\\slash", "line\nbreak\r\x1a\x00",
          b"", b"\x00\xff", b"abc" * 100, bytearray(), bytearray(b"xyz")]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        shown = repr(v) if len(repr(v)) < 60 else repr(v)[:57] + "..."
        print(proto, shown, data if len(data) < 120 else (len(data), data[:60]))
        assert back == v and type(back) is type(v), (v, back)
print(pickle.loads(pickle.dumps(float("nan"), 2)) != pickle.loads(pickle.dumps(float("nan"), 2)))
