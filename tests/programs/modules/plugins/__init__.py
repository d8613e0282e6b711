from . import text, count
from .text import Reverse
loaded = [m.__name__ for m in (text, count)]
