# A metaclass of a metaclass, __init_subclass__ on metaclasses, and
# classes made inside functions.
class MetaMeta(type):
    def __call__(mcls, *args, **kw):
        print("MetaMeta.__call__ making a class via", mcls.__name__, args[0])
        return super().__call__(*args, **kw)

    def __repr__(mcls):
        return "<metaclass " + mcls.__name__ + ">"


class Meta(type, metaclass=MetaMeta):
    def __init_subclass__(mcls, **kw):
        print("Meta.__init_subclass__", mcls.__name__, kw)
        super().__init_subclass__()


class SubMeta(Meta, flavor="x"):
    pass


class A(metaclass=Meta):
    pass


class B(metaclass=SubMeta):
    pass


print(type(A), type(B), type(Meta), type(SubMeta), type(type(type(A))))
print(isinstance(SubMeta, MetaMeta), isinstance(B, Meta), isinstance(A, SubMeta))


def make(n):
    class Local(metaclass=Meta):
        value = n

        def get(self):
            return self.value

    return Local


L1, L2 = make(1), make(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__, type(L1).__name__)
