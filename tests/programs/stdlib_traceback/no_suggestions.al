# CPython 3.11's traceback module formats NameError and AttributeError
# without the "Did you mean" hint (only the interpreter's own report of an
# uncaught exception has it).
import traceback


class Point:
    x = 1


items_list = []
try:
    items_lst
except NameError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1])
try:
    Point().y
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e))
try:
    exec("itr", {})
except NameError:
    print(traceback.format_exc().splitlines()[-1])
items_lst
