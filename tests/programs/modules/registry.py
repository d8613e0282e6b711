_plugins = {}


def register(name):
    def deco(cls):
        if name in _plugins:
            raise ValueError(f"plugin {name!r} already registered by {_plugins[name].__module__}")
        _plugins[name] = cls
        cls.plugin_name = name
        return cls
    return deco


def names():
    return list(_plugins)


def create(name):
    try:
        cls = _plugins[name]
    except KeyError:
        raise KeyError(f"no plugin {name!r}; have {', '.join(sorted(_plugins))}") from None
    return cls()
