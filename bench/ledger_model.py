# Accounts and transactions of modules_ledger.al.
FEE_RATE = 3  # per mille


class Account:
    def __init__(self, ident, owner):
        self.ident = ident
        self.owner = owner
        self.balance = 0
        self.history = 0

    def post(self, amount):
        self.balance += amount
        self.history += 1


class Transfer:
    __slots__ = ("src", "dst", "amount")

    def __init__(self, src, dst, amount):
        self.src = src
        self.dst = dst
        self.amount = amount


def fee(amount):
    return amount * FEE_RATE // 1000
