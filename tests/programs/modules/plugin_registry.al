# A plugin registry: a decorator in one module records classes that other
# modules of a package define as they are imported, in import order; the
# program looks them up by name and runs them.
import registry
import plugins

print(registry.names())
for name in registry.names():
    plugin = registry.create(name)
    print(f"{name:>8}: {plugin.run('Hello World')!r} from {type(plugin).__module__}")
try:
    registry.create("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    @registry.register("upper")
    class Again:
        pass
except ValueError as e:
    print("ValueError:", e)
print(len(registry.names()), plugins.loaded)
