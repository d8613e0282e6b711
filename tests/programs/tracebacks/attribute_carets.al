# A missing attribute is marked under `obj.attr` only, also when it is
# called as a method.
class Account:
    def __init__(self, owner):
        self.owner = owner


acct = Account("ada")
print(acct.owner)
print("owner:", acct.owner.upper(), acct.balance)
