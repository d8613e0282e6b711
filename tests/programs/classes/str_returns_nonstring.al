# __str__/__repr__ must return str; print, str(), f-strings and containers
# all report the broken method.
class Good:
    def __repr__(self):
        return "Good()"


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


print(Good(), [Good()], f"{Good()}", str((Good(),)))
for f in [lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: repr([BadRepr()]),
          lambda: str(BadStr()), lambda: f"{BadStr()}", lambda: "%s" % BadStr(), lambda: repr(BadStr()) != ""]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(BadStr())
