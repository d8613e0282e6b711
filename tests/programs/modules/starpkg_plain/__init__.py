print("starpkg_plain init")
import sys as sys_name
from . import beta
plain_const = 3.5
_private = "no"


def plain_fn():
    return beta.__name__.upper()
