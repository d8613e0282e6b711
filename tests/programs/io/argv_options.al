# A hand-written option parser over sys.argv[1:]: short and long flags,
# `--name=value` and `--name value`, `--` ending the options, positionals;
# an unknown option ends the program with sys.exit(message).
import sys


def parse(argv):
    opts = {"verbose": 0, "output": "-", "count": 1}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name not in opts:
                sys.exit(f"error: unknown option --{name}")
            if name == "verbose":
                opts[name] += 1
                continue
            if not eq:
                value = next(it, None)
                if value is None:
                    sys.exit(f"error: --{name} needs a value")
            opts[name] = int(value) if name == "count" else value
        elif arg.startswith("-") and len(arg) > 1:
            for ch in arg[1:]:
                if ch == "v":
                    opts["verbose"] += 1
                else:
                    raise SystemExit(f"error: unknown flag -{ch} in {arg!r}")
        else:
            positional.append(arg)
    return opts, positional


print("program name ends with the executable:", len(sys.argv[0]) > 0)
print("args:", sys.argv[1:])
opts, files = parse(sys.argv[1:])
print("options:", opts)
print("files:", files)
for f in files * opts["count"]:
    print("  would process", f)
print("re-parsing with a bad option")
parse(["-vv", "--output=x", "--colour", "red"])
print("not reached")
