print("cfg_defaults: start")
import cfg_app
TIMEOUT = 30
try:
    print("cfg_defaults sees DEBUG =", cfg_app.DEBUG)
except AttributeError as e:
    print("AttributeError:", e)
LEVEL = "debug" if cfg_app.setting("TIMEOUT") > 10 else "info"
