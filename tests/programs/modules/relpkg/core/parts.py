print("relpkg.core.parts init")


class Part:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Part({self.name!r})"
