from .core import square
from . import util

NAME = "rt_local_pkg"
