# Built-in methods pickle as getattr of their object.
import pickle
a = [1]
m = a.append
print(type(m).__name__, getattr(m, "__self__", "noself"), m.__name__)
for p in (0, 2, 4):
    try:
        b = pickle.dumps([a, a.append], p)
        print(b)
        x = pickle.loads(b)
        x[1](5)
        print(x[0])
    except Exception as e:
        print(type(e).__name__, e)
