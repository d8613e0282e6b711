def make(name):
    return type(name, (), {"x": 1})
Made = type("Made", (object,), {})
