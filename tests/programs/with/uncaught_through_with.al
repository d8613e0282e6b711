# An exception that __exit__ does not suppress ends the program; every
# __exit__ on the way out runs first.
class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else "clean", e)
        return False


def parse(text):
    with Guard("parse"):
        return int(text)


with Guard("main"):
    print(parse("12"))
    print(parse("twelve"))
print("not reached")
