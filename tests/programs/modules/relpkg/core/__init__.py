print("relpkg.core init")
from .. import VERSION as CORE_VERSION
