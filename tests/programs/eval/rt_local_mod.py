# A module only imported at run time (by importlib or exec).
GREETING = "hello from rt_local_mod"


def double(x):
    return 2 * x


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v!r})"
