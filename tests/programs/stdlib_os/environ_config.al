# Configuration from the environment (the variables of environ_config.env):
# typed lookups with defaults, boolean parsing, lists split on commas,
# validation errors reported per variable, and overrides written back to
# os.environ and seen by os.getenv.
import os

SPEC = {
    "APP_PORT": (int, 8080),
    "APP_DEBUG": (bool, False),
    "APP_HOSTS": (list, ["localhost"]),
    "APP_RATIO": (float, 1.0),
    "APP_NAME": (str, "app"),
    "APP_WORKERS": (int, 1),
    "APP_MISSING": (str, "default used"),
}


def parse(kind, text):
    if kind is bool:
        low = text.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off", ""):
            return False
        raise ValueError(f"not a boolean: {text!r}")
    if kind is list:
        return [p.strip() for p in text.split(",") if p.strip()]
    return kind(text)


config, errors = {}, []
for name, (kind, default) in SPEC.items():
    raw = os.environ.get(name)
    if raw is None:
        config[name] = default
        continue
    try:
        config[name] = parse(kind, raw)
    except ValueError as e:
        errors.append(f"{name}: {e}")
        config[name] = default
for k, v in config.items():
    print(f"{k:<12} = {v!r}")
print("errors:", errors)
print(os.getenv("APP_NAME"), os.getenv("APP_NOPE"), os.getenv("APP_NOPE", "fallback"), "APP_PORT" in os.environ)
os.environ["APP_PORT"] = str(config["APP_PORT"] + 1)
os.environ.setdefault("APP_MISSING", "now set")
print(os.getenv("APP_PORT"), os.environ["APP_MISSING"], os.environ.pop("APP_NAME"), os.getenv("APP_NAME"))
try:
    os.environ["APP_PORT"] = 9000
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ["APP_GONE"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(k for k in os.environ if k.startswith("APP_")))
