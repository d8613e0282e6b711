# An exception in a class body runs in a frame named after the class.
class Settings:
    debug = False
    level = {"low": 1, "high": 3}["medium"]


print(Settings.debug)
