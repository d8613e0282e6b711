# The report names a nested exception class by its qualified name.
class Outer:
    class Problem(ValueError):
        pass


raise Outer.Problem('inner')
