# Clauses that re-raise (bare raise) keep the group's own structure.
def run(handler_raises):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("n", [TypeError(2), ValueError(3)]), KeyError(4)])
        except* ValueError:
            if "v" in handler_raises:
                raise
        except* TypeError:
            if "t" in handler_raises:
                raise
    except BaseException as e:
        return repr(e)
    return "nothing raised"


for mode in ["", "v", "t", "vt"]:
    print(repr(mode), run(mode))
g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.add_note("a note")
try:
    try:
        raise g
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e), e is g, e.__notes__)
try:
    try:
        raise g
    except* ValueError as v:
        raise v
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise g
    except* OSError:
        pass
except ExceptionGroup as e:
    print("unmatched:", repr(e), e is g, e.__notes__)
