# Functions, classes and built-ins pickle by name; local objects and
# lambdas cannot.
import pickle


def top():
    return "top"


class K:
    def method(self):
        return "m"

    @staticmethod
    def static():
        return "s"


def make():
    def inner():
        pass
    return inner


for proto in range(6):
    for obj in (top, K, K.static, len, abs, int, dict, object, ValueError, type(None), type(...), type(NotImplemented), ..., NotImplemented):
        data = pickle.dumps(obj, proto)
        print(proto, data, pickle.loads(data) is obj)
    try:
        pickle.dumps(make(), proto)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        pickle.dumps(lambda: 0, proto)
    except pickle.PicklingError as e:
        print("PicklingError", str(e).split(":")[1])
print(pickle.loads(pickle.dumps(K.static))())
