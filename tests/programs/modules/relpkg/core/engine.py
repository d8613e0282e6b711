print("relpkg.core.engine init")
from . import parts
from .parts import Part
from .. import VERSION
from ..util import fmt
from ..extras.plug import Plug
from . import CORE_VERSION


def run(names):
    return fmt(Part(n) for n in names)


def describe():
    return f"engine {VERSION}/{CORE_VERSION} with {Plug().name} and {parts.__name__}"
