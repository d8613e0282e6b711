# The empty tuple is one object, however it is made (as in CPython).
e = ()
made = [tuple(), tuple([]), tuple(x for x in []), (1, 2)[5:], tuple("")[0:0],
        tuple(range(0)), (*[],), ()]
print([m is e for m in made])
print(hash(e) == hash(tuple()), e == tuple(), len(e))
class T(tuple):
    pass
print(T() is e, type(T()).__name__, T() == e)
d = {(): "empty"}
print(d[tuple()])
import pickle
print(pickle.loads(pickle.dumps(())) is e)
