# The order in which a metaclass's __prepare__, __new__, __init__ and the
# class's __init_subclass__ run, and what each receives.
log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, kw))
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, kw))
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, kw))
        super().__init_subclass__()


class Child(Base, color="blue"):
    a = 1

    def m(self):
        return self.a


for entry in log:
    print(entry)
print(Child().m(), type(Child) is Meta)
