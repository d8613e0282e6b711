# ChainMap as the scopes of a tiny interpreter: lookups fall through nested
# scopes, assignments go to the innermost, new_child opens a scope and
# parents closes it; plus the CLI-options pattern (args over env over
# defaults).
from collections import ChainMap

program = [
    ("set", "x", 1), ("set", "y", 2), ("push",), ("set", "x", 10), ("print", "x"), ("print", "y"),
    ("push",), ("set", "z", 3), ("print", "x"), ("dump",), ("pop",), ("print", "z"), ("pop",), ("print", "x"),
    ("del", "y"), ("print", "y"), ("pop",),
]
scopes = ChainMap({})
for op, *args in program:
    try:
        if op == "set":
            scopes[args[0]] = args[1]
        elif op == "print":
            print(args[0], "=", scopes[args[0]], "depth", len(scopes.maps))
        elif op == "push":
            scopes = scopes.new_child()
        elif op == "pop":
            if len(scopes.maps) == 1:
                raise IndexError("cannot pop the global scope")
            scopes = scopes.parents
        elif op == "del":
            del scopes[args[0]]
        elif op == "dump":
            print(scopes.maps, dict(scopes), sorted(scopes))
    except (KeyError, IndexError) as e:
        print(op, type(e).__name__, e)

defaults = {"color": "red", "user": "guest", "verbose": False}
env = {"user": "admin"}
cli = {"verbose": True}
opts = ChainMap(cli, env, defaults)
print(opts["color"], opts["user"], opts["verbose"], len(opts), list(opts))
opts["color"] = "blue"
print(cli, defaults["color"], opts.get("missing", "-"), "user" in opts)
print(opts.new_child({"user": "root"})["user"], opts.parents, opts.maps[0] is cli)
try:
    del opts["user"]
except KeyError as e:
    print("KeyError:", e)
