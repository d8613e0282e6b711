x = 1
def __dir__():
    return ['x', 'virtual']
def __getattr__(name):
    if name == 'virtual':
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
