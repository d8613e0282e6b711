# __name__ in the program, in modules, in packages and their submodules, and
# the names functions and classes record (__module__, __qualname__); a
# module's own `if __name__ == "__main__":` block does not run on import.
import names_helper
import names_pkg.nested.leaf
from names_pkg import sibling

print("main:", __name__, __name__ == "__main__")
print(names_helper.__name__, names_helper.seen_name, names_helper.ran_as_script)
print(names_pkg.__name__, names_pkg.nested.__name__, names_pkg.nested.leaf.__name__)
print(names_pkg.__package__, names_pkg.nested.__package__, names_pkg.nested.leaf.__package__)
print(repr(names_helper.__package__), sibling.__name__, sibling.__package__)

f = names_pkg.nested.leaf.make_thing
Thing = names_pkg.nested.leaf.Thing
print(f.__module__, f.__qualname__, f.__name__)
print(Thing.__module__, Thing.__qualname__, Thing.Inner.__qualname__, Thing.method.__qualname__)
print(Thing.Inner.__module__, type(f()).__name__, repr(f())[:40])
print(names_pkg.nested.leaf.closure_name())
print(names_helper.report(), sibling.whoami())


class Local:
    def m(self):
        pass


print(Local.__module__, Local.m.__module__, Local.m.__qualname__)
print(names_helper.mod_of(Local), names_helper.mod_of(Thing()), names_helper.mod_of(names_helper.Helper()))
