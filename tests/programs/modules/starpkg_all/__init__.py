print("starpkg_all init")
__all__ = ["alpha", "helper_fn"]


def helper_fn():
    return "helper_fn from " + __name__


def not_exported():
    return "hidden"
