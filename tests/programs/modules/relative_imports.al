# Relative imports in a two-level package: `from . import x`, `from .x import
# y`, `from .. import NAME`, `from ..util import f`, `from ..extras.plug
# import P`, and one that climbs above the top-level package.
from relpkg.core.engine import run, describe
import relpkg

print(run(["a", "bb", "ccc"]))
print(describe())
print(relpkg.core.engine.parts.Part("x"))
print(relpkg.VERSION, relpkg.core.__package__, relpkg.util.__package__)
try:
    import relpkg.core.climb
except ImportError as e:
    print(type(e).__name__, e)
print(relpkg.extras.plug.Plug.__module__)
