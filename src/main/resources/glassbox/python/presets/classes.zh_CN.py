# 类：实例是堆上的对象，保存自己的属性
class Account:
    bank = "Glassbox"                 # 类属性，所有实例共享
    def __init__(self, owner, tags):
        self.owner = owner            # 实例属性
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
