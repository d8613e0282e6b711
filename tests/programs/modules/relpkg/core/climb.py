print("relpkg.core.climb init")
from ... import nothing
