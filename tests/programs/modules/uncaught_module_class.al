# An uncaught exception's last line names its class by module and
# qualified name, as CPython's report does (not for __main__).
import uncaught_class_helper


class Outer:
    class Problem(Exception):
        pass


try:
    raise Outer.Problem('nested')
except Exception as e:
    print(type(e).__qualname__, e)
raise uncaught_class_helper.Failure('from a module')
