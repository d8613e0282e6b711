# A true result from __exit__ suppresses the exception; execution resumes
# after the with statement.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        handled = issubclass(exc_type, self.kinds)
        print("exit sees", exc_type.__name__, "suppress" if handled else "propagate")
        return handled


with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppressed KeyError")

try:
    with Suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError propagated")

with Suppress(LookupError, ZeroDivisionError):
    1 // 0
print("ZeroDivisionError suppressed")


class Returns:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        pass

    def __exit__(self, *a):
        return self.result


class Truth:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("bool called", self.flag)
        return self.flag


for result in [True, 1, "yes", [0], Truth(True), False, 0, "", [], None, Truth(False)]:
    try:
        with Returns(result):
            raise RuntimeError("boom")
        print(repr(result) if not isinstance(result, Truth) else "Truth", "suppressed")
    except RuntimeError:
        print(repr(result) if not isinstance(result, Truth) else "Truth", "propagated")


def find(items, key):
    found = "default"
    with Suppress(KeyError, IndexError):
        found = items[key]
    return found


print(find({"a": 1}, "a"), find({"a": 1}, "b"), find([5, 6], 1), find([5, 6], 9))

# A suppressed exception inside a loop does not stop the loop.
total = 0
for x in [4, 0, 2, 0, 1]:
    with Suppress(ZeroDivisionError):
        total += 8 // x
print("total", total)
