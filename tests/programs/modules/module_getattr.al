# A module's __getattr__ (PEP 562) answers missing attributes.
import getattr_helper
from getattr_helper import dynamic
print(getattr_helper.KNOWN, getattr_helper.dynamic, dynamic)
try:
    getattr_helper.other
except AttributeError as e:
    print("AttributeError:", e)
