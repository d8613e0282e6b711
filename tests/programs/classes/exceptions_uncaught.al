# An uncaught user exception: the report's last line names the class.
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"need {amount - self.balance} more")
        self.balance -= amount
        return self.balance


a = Account(10)
print(a.withdraw(3))
print(a.withdraw(20))
