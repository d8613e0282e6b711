# An uncaught exception's last line names its class by module and
# qualified name, as CPython's report does (not for __main__).
import class_module_helper


class Outer:
    class Problem(Exception):
        pass


try:
    raise Outer.Problem('nested')
except Exception as e:
    print(type(e).__qualname__, e)
raise class_module_helper.Failure('from a module')
