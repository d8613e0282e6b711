# Expected compile error: not supported yet: complex numbers (CPython accepts this program; alc has no complex numbers)
match 2:
    case 1 + 1j:
        pass
