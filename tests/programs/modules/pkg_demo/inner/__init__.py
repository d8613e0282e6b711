print("pkg_demo.inner init, __package__ =", __package__)
from .. import TOP
from . import deep
