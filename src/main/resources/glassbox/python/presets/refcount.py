# sys.getrefcount: names + container slots + attributes + 1 for the argument
import sys
a = []
b = a
print(sys.getrefcount(a))     # 3: a, b and the argument
box = [a, a]
print(sys.getrefcount(a))     # 5: two more slots
class Holder:
    def __init__(self, item):
        self.item = item
h = Holder(a)
print(sys.getrefcount(a), sys.getrefcount(h))
del b
print(sys.getrefcount(a))
