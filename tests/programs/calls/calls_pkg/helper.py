def value():
    return "submodule"
