print("pkg_demo.sub init, __package__ =", __package__)


def shout(s):
    return s.upper() + "!"


def whoami():
    return __name__
