# A module that calls sys.exit() while it is being imported: the SystemExit
# propagates out of the import statement, can be caught there, and the
# failed module is forgotten, so importing it again runs it again; left
# uncaught, it ends the program with its status.
import sys

try:
    import exiting_helper
except SystemExit as e:
    print("caught SystemExit", e.code, "exiting_helper" in sys.modules)
print("still running")
try:
    import exiting_helper
finally:
    print("finally before exit")
print("not reached")
