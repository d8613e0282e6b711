# __len__ and __bool__ that break the protocol, and len() of a class without __len__.
class Negative:
    def __len__(self):
        return -1


class Floaty:
    def __len__(self):
        return 2.5


class Huge:
    def __len__(self):
        return 2**70


class BadBool:
    def __bool__(self):
        return 1


class Sized:
    def __len__(self):
        return 0


print(bool(Sized()), not Sized(), "yes" if Sized() else "no")
for obj in [Negative(), Floaty(), Huge(), BadBool(), object()]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for obj in [Negative(), BadBool(), Floaty()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
if BadBool():
    print("unreachable")
