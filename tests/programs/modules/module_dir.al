# PEP 562: a module's __dir__ answers dir(m); __getattr__ supplies the
# names it lists; without __dir__, dir(m) is the sorted namespace.
import module_dir_helper as modd
import mod_basic_helper

print(dir(modd), modd.virtual)
try:
    modd.nope
except AttributeError as e:
    print(e)
print([n for n in dir(mod_basic_helper) if not n.startswith("__")])
print(getattr(modd, "virtual"), hasattr(modd, "other"))
