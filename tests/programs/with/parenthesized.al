# The parenthesised form over several lines, with trailing commas, and a
# parenthesised expression that is not the parenthesised form.
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name)

    def __repr__(self):
        return "Res(" + self.name + ")"


with (
    Res("db") as db,
    Res("cache") as cache,
    Res("log"),
):
    print("using", db, cache)

with (Res("single") as s):
    print("single", s)

with (Res("a"), Res("b")):
    print("two without targets")

with (Res("grouped")) as g:
    print("grouped expression", g)

with (Res("x") as x,
      Res("y") as y):
    print("pair", x, y)

try:
    with (Res("p"), Res("q")) as pair:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)
