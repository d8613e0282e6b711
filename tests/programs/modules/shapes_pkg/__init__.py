from . import base
