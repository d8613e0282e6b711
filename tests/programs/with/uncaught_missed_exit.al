# A class with __enter__ but no __exit__: CPython's "(missed __exit__ method)".
class Opener:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("never entered")
        return self


def use(name):
    print("using", name)
    with Opener(name) as o:
        print(o.name)


use("config")
