print("cfg_app: start")
import cfg_defaults
DEBUG = False


def setting(name):
    return getattr(cfg_defaults, name)
