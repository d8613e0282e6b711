# Shared references stay shared and recursive structures load as cycles.
import pickle

shared = [1, 2]
pair = [shared, shared]
rec = []
rec.append(rec)
d = {}
d["me"] = d
box = [0]
t = (box,)
box.append(t)
s = "text"
for proto in range(6):
    data = pickle.dumps(pair, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1])
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back)
    data = pickle.dumps(d, proto)
    back = pickle.loads(data)
    print(proto, data, back, back["me"] is back)
    data = pickle.dumps(t, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0][1] is back)
    data = pickle.dumps([s, s, (s, s)], proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[2][1])
