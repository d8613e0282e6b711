"""The helper module of class_module.al."""


class Thing:
    class Inner:
        pass


def make():
    class Local:
        pass
    return Local


