# `from m import *`: `__all__` when the module has one, else its public
# names; names it binds shadow builtins.
from star_all_helper import *
print(public_one(), max(1, 2))
try:
    public_two()
except NameError as e:
    print("NameError:", e)
from star_plain_helper import *
print(A, B, len([1, 2, 3]))
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
