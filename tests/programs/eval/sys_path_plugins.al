# Plugins written at run time into a directory put on sys.path, then
# imported by name, as plugin systems do.
import importlib
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print("path[0] is the program's directory:", sys.path[0] == here)
print("a list:", type(sys.path).__name__)

os.makedirs("plugins/shapes", exist_ok=True)
with open("plugins/shapes/__init__.py", "w") as f:
    f.write("KINDS = []\n")
with open("plugins/shapes/square.py", "w") as f:
    f.write("from . import KINDS\nKINDS.append('square')\ndef area(s):\n    return s * s\n")
with open("plugins/greet_plugin.py", "w") as f:
    f.write("def run(name):\n    return 'hello ' + name\n")

try:
    importlib.import_module("greet_plugin")
except ModuleNotFoundError as e:
    print("before:", e)

sys.path.insert(0, os.path.abspath("plugins"))
greet = importlib.import_module("greet_plugin")
print(greet.run("plugins"))
square = importlib.import_module("shapes.square")
print(square.area(7), sys.modules["shapes"].KINDS)
print(sorted(m for m in sys.modules if m.startswith(("shapes", "greet"))))

# A name shadowed by an earlier directory is found there first.
os.makedirs("first", exist_ok=True)
with open("first/greet_plugin2.py", "w") as f:
    f.write("WHO = 'first'\n")
with open("plugins/greet_plugin2.py", "w") as f:
    f.write("WHO = 'plugins'\n")
sys.path.insert(0, os.path.abspath("first"))
print(importlib.import_module("greet_plugin2").WHO)

# Removing the directory again: a module not yet imported is not found.
with open("plugins/late.py", "w") as f:
    f.write("X = 1\n")
sys.path.remove(os.path.abspath("plugins"))
try:
    importlib.import_module("late")
except ModuleNotFoundError as e:
    print("after removal:", e)
