# An uncaught exception raised inside an imported module: the traceback
# shows the module's file and line.
import raising_helper
print(raising_helper.explode(5))
raising_helper.explode(0)
