# with statements nested in try/finally and the other way round, left by
# return, break, continue and exceptions.
class M:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else "-")


def with_in_try(fail):
    try:
        with M("a"):
            if fail:
                raise ValueError("fail")
            return "returned"
    except ValueError as e:
        print("except", e)
        return "handled"
    finally:
        print("finally")


print(with_in_try(False))
print(with_in_try(True))


def try_in_with():
    with M("b"):
        try:
            return "from try"
        finally:
            print("inner finally")


print(try_in_with())


def finally_overrides():
    with M("c"):
        try:
            return "first"
        finally:
            return "second"


print(finally_overrides())


def loop_mix():
    for i in range(4):
        try:
            with M("loop%d" % i):
                try:
                    if i == 0:
                        continue
                    if i == 2:
                        break
                    print("body", i)
                finally:
                    print("inner finally", i)
        finally:
            print("outer finally", i)
    return "loop done"


print(loop_mix())


def with_in_finally():
    try:
        print("try body")
    finally:
        with M("in finally") as m:
            print("cleanup with", m.name)


with_in_finally()


def exception_through_finally():
    try:
        with M("d"):
            with M("e"):
                raise KeyError("deep")
    finally:
        print("finally runs after both exits")


try:
    exception_through_finally()
except KeyError as e:
    print("caught", e)


def return_then_exit_raises():
    try:
        with Raiser():
            return "lost"
    except RuntimeError as e:
        return "exit raised: " + str(e)
    finally:
        print("finally after exit raised")


class Raiser:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("raiser exit", a)
        raise RuntimeError("from exit")


print(return_then_exit_raises())


def break_then_exit_raises():
    for i in range(3):
        try:
            with Raiser():
                break
        except RuntimeError:
            print("caught at", i)
    return i


print(break_then_exit_raises())
