# Accounts with properties, class-level counters and custom exceptions.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([e for e in self.log if e[0] == "withdraw"]) >= 2:
            raise BankError("savings: too many withdrawals")
        return super().withdraw(amount)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e, "short by", e.shortfall)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", src.id, "->", dst.id)


a = Account("ann", 100)
s = Savings("sam", 50)
print(a, s, a.id, s.id)
print(transfer(a, s, 30), a, s)
print(transfer(a, s, 500), a, s)
s.add_interest()
a.add_interest()
print(s.balance, a.balance)
for amount in (10, 10, 10):
    try:
        s.withdraw(amount)
    except BankError as e:
        print(type(e).__name__, e)
a.frozen = True
try:
    a.deposit(5)
except BankError as e:
    print(type(e).__name__, e)
try:
    s.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    a.balance = 10
except AttributeError as e:
    print("AttributeError:", e)
print(s.log, Account._next_id)
