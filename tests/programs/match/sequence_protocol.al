# How sequence patterns read a list subclass, as CPython 3.11 does: len()
# for the length check; with a `*_` only the needed items by index (a
# non-negative one, so len() again for items after the star); otherwise
# every item by iteration.
trace = []


class Traced(list):
    def __len__(self):
        trace.append("len")
        return super().__len__()

    def __getitem__(self, i):
        trace.append(f"getitem {i}")
        return super().__getitem__(i)

    def __iter__(self):
        trace.append("iter")
        return super().__iter__()


def run(label, subject, pattern_no):
    trace.clear()
    match pattern_no, subject:
        case 1, [a, b, c]:
            result = (a, b, c)
        case 2, [a, *_, z]:
            result = (a, z)
        case 3, [a, *rest]:
            result = (a, rest)
        case 4, [_, _, *_]:
            result = "at least two"
        case 5, [*_]:
            result = "any sequence"
        case 6, [_, x, *_, _, y]:
            result = (x, y)
        case _:
            result = "no match"
    print(label, result, trace)


t = Traced([1, 2, 3, 4, 5])
run("exact length", Traced([1, 2, 3]), 1)
run("wrong length", t, 1)
run("star wildcard", t, 2)
run("star capture", t, 3)
run("only wildcards", t, 4)
run("just a star", t, 5)
run("both ends", t, 6)
run("too short", Traced([1]), 6)
