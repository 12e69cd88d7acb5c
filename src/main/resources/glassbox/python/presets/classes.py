# Classes: instances are heap objects holding their attributes
class Account:
    bank = "Glassbox"                 # a class attribute, shared
    def __init__(self, owner, tags):
        self.owner = owner            # instance attributes
        self.tags = tags
    def __repr__(self):
        return "Account(" + repr(self.owner) + ")"

class Savings(Account):
    def __init__(self, owner, tags, rate):
        super().__init__(owner, tags)
        self.rate = rate

a = Account("ann", ["vip"])
s = Savings("sam", ["new"], 2)
print(a, s, isinstance(s, Account), type(s).__name__, s.bank)
