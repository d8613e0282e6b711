# Expected compile error: not supported yet: complex numbers (CPython accepts this program; alc does not take complex constants as mapping-pattern keys yet)
match {1j: 2}:
    case {1j: x}:
        pass
