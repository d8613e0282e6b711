# except* asks the group's own split method for the match and the rest.
class Logged(ExceptionGroup):
    def split(self, cond):
        print("split called with", cond.__name__ if isinstance(cond, type) else cond)
        return super().split(cond)

    def derive(self, excs):
        return Logged(self.message, excs)


try:
    raise Logged("logged", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("V", type(e).__name__, repr(e))
except* TypeError as e:
    print("T", type(e).__name__, repr(e))


class BadSplit(ExceptionGroup):
    def split(self, cond):
        return self.rv


g = BadSplit("bad", [ValueError(), TypeError()])
g.rv = (None, None)
try:
    try:
        raise g
    except* ValueError:
        print("never")
except ExceptionGroup as e:
    print("no match: the whole group continues as", type(e).__name__, repr(e))
g.rv = (ExceptionGroup("m", [ValueError()]), None)
try:
    raise g
except* ValueError as e:
    print("split said everything matched:", repr(e))
