# `from package import *`: a package's __all__ may name submodules, which
# the star import then imports; without __all__ it binds the public names
# the package has at that moment, submodules it already imported included.
# A name in __all__ that the module lacks is an AttributeError.
import sys

from starpkg_all import *
print(alpha.__name__, alpha.value(), helper_fn())
print("starpkg_all.alpha" in sys.modules, "starpkg_all.gamma" in sys.modules)
try:
    gamma
except NameError as e:
    print("NameError:", e)

from starpkg_plain import *
print(beta.__name__, plain_const, plain_fn())
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
try:
    print(delta)
except NameError as e:
    print("NameError:", e)
print(sys_name is sys)
import starpkg_plain.delta
print(sorted(n for n in dir(starpkg_plain) if not n.startswith("__")))

try:
    from star_bad_all import *
except AttributeError as e:
    print("AttributeError:", e)
print(ok_name)
try:
    missing_name
except NameError as e:
    print("NameError:", e)
