# __name__ in exec'd code: a script run with exec under a chosen __name__,
# its `if __name__ == "__main__"` guard, and names visible to its functions.
script = '''
def main():
    return "main ran in " + __name__

result = None
if __name__ == "__main__":
    result = main()
'''
for modname in ["__main__", "library"]:
    ns = {"__name__": modname}
    exec(script, ns)
    print(modname, "->", ns["result"])

ns = {}
exec("n = __name__", ns)
print(ns["n"])
print(eval("__name__"))
exec("print(__name__)", {"__name__": "custom"})


def f():
    return eval("__name__")


print(f())
try:
    exec("print(__name__)", {"__builtins__": {"print": print}}, {})
except NameError as e:
    print("NameError", e)
exec("print(__name__)", {"__builtins__": {"print": print, "__name__": "from builtins"}})
