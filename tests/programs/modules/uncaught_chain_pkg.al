# An exception raised in one module of a package, chained with `raise ...
# from` in another and left uncaught in the program: the report shows both
# tracebacks through the package's files and names the exception class by
# its module.
import chainpkg

print(chainpkg.load_config("a = 1\nb = 2"))
try:
    chainpkg.load_config("a = 1\nbroken")
except chainpkg.loader.ConfigError as e:
    print("caught:", e, "| cause:", e.__cause__)
chainpkg.load_config("x = 1\ny = two")
