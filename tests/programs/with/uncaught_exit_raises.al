# An exception raised in __exit__ while another is propagating: the uncaught
# report shows both, the new one last.
class Closer:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, e, tb):
        print("exit with", t.__name__, e)
        raise RuntimeError("close failed")


def work():
    with Closer():
        print("working")
        raise ValueError("work failed")


work()
