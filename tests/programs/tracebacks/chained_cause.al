# `raise ... from ...`: the cause is printed first, with its carets.
class ConfigError(Exception):
    pass


def port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("bad port") from e


print(port({"port": "80"}))
port({"port": "eighty"})
