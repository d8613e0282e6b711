# Several managers: what each __exit__ sees when inner ones raise,
# replace or suppress exceptions.
class Link:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        seen = "%s(%s)" % (t.__name__, e) if t else "clean"
        print(self.name, "sees", seen)
        if self.action == "suppress":
            return True
        if self.action == "replace":
            raise LookupError("replaced by " + self.name)
        return False


def run(*links, fail=None):
    try:
        with links[0], links[1], links[2]:
            if fail:
                raise fail
        print("completed")
    except Exception as e:
        ctx = e.__context__
        print("escaped:", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)
    print("--")


run(Link("a"), Link("b"), Link("c"))
run(Link("a"), Link("b"), Link("c"), fail=ValueError("v"))
run(Link("a"), Link("b", "suppress"), Link("c"), fail=ValueError("v"))
run(Link("a"), Link("b", "replace"), Link("c"), fail=ValueError("v"))
run(Link("a"), Link("b"), Link("c", "replace"))
run(Link("a", "suppress"), Link("b", "replace"), Link("c", "replace"), fail=KeyError("k"))
run(Link("a", "replace"), Link("b", "suppress"), Link("c"), fail=IndexError("i"))
