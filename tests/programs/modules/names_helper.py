seen_name = __name__
ran_as_script = False
print("names_helper imported as", __name__)


class Helper:
    pass


def report():
    return "report from " + __name__


def mod_of(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return cls.__module__ + "." + cls.__qualname__


if __name__ == "__main__":
    ran_as_script = True
    print("names_helper run as a script")
