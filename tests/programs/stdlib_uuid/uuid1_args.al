import uuid

u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(u.version, u.variant, hex(u.node), hex(u.clock_seq), u.is_safe)
v = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(v.time > u.time, v.int > u.int, str(v)[14], str(v).endswith("-9234-123456789abc"))
w = uuid.uuid1(node=1)
print(w.node, w.version, 0 <= w.clock_seq < 2**14)
times = [uuid.uuid1(node=5, clock_seq=0).time for _ in range(50)]
print(times == sorted(times), len(set(times)))
# 100-ns intervals since 1582-10-15: a UUID made now is after 2020.
print(u.time > (2020 - 1582) * 365 * 24 * 3600 * 10**7)
try:
    uuid.uuid1(node=2**48)
except ValueError as e:
    print(e)
x = uuid.uuid1()
print(x.version, x.variant, x.node == uuid.getnode())
