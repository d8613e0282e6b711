# Calling an instance whose class has no __call__.
class Config:
    def __init__(self):
        self.debug = False

    def __call__(self, key):
        return getattr(self, key)


class Plain:
    pass


cfg = Config()
print(cfg("debug"), callable(cfg), callable(Plain()), callable(Plain))
handlers = [cfg, Plain()]
for h in handlers:
    print(h("debug"))
