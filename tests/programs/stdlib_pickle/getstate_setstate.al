# __getstate__ / __setstate__, and the state tuple of BUILD.
import pickle


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.cache = {"expensive": True}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


class Falsy:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        print("setstate called with", state)


class Counter:
    def __init__(self):
        self.n = 3

    def __setstate__(self, state):
        print("restoring", state)
        self.n = state["n"] * 10


for proto in range(6):
    a = pickle.loads(pickle.dumps(Account("ann", 10), proto))
    print(proto, a.owner, a.balance, a.cache)
    data = pickle.dumps(Falsy(), proto)
    print(data)
    f = pickle.loads(data)
    print(hasattr(f, "v"))
    c = pickle.loads(pickle.dumps(Counter(), proto))
    print(c.n)
