# An uncaught AttributeError on a class object, with a hint.
class Registry:
    entries = []

    @classmethod
    def register(cls, x):
        cls.entries.append(x)


Registry.register(1)
print(Registry.entries)
Registry.regster(2)
