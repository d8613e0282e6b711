import uuid

ids = [uuid.uuid5(uuid.NAMESPACE_DNS, "host%d.example" % i) for i in range(10)]
print(sorted(ids)[:3])
table = {u: i for i, u in enumerate(ids)}
print(table[uuid.UUID(str(ids[4]))], len(set(ids + ids)))
print(max(ids).hex, min(ids).urn)
print(sorted(str(u)[:8] for u in ids))
print(uuid.UUID(str(ids[0]).upper()) == ids[0], ids[0] in ids, uuid.NAMESPACE_DNS in ids)
