# A private method or nested class keeps its name as written in
# __name__, __qualname__ and its traceback frame; only the binding is
# mangled. A property without a doc shows its getter's docstring.
import traceback


class Account:
    class __Ledger:
        def __entries(self):
            return []

    def __check(self, amount):
        if amount < 0:
            raise ValueError("negative amount")
        return amount

    def deposit(self, amount):
        return self.__check(amount)

    @property
    def balance(self):
        """The current balance."""
        return 0

    @property
    def owner(self):
        return "x"

    total = property(lambda self: 1, doc="Explicit doc.")


print(Account._Account__check.__name__, Account._Account__check.__qualname__)
print(Account._Account__Ledger.__name__, Account._Account__Ledger.__qualname__)
print(Account._Account__Ledger._Ledger__entries.__qualname__)
print(Account._Account__Ledger)
print(Account.balance.__doc__, Account.owner.__doc__, Account.total.__doc__)
print(property(len).__doc__ == len.__doc__)
try:
    Account().deposit(-1)
except ValueError:
    print(traceback.format_exc().replace(__file__, "<file>"))
