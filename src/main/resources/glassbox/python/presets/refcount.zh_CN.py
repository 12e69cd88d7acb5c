# sys.getrefcount：名字 + 容器槽位 + 属性 + 参数本身的 1
import sys
a = []
b = a
print(sys.getrefcount(a))     # 3：a、b 和参数
box = [a, a]
print(sys.getrefcount(a))     # 5：又多了两个槽位
class Holder:
    def __init__(self, item):
        self.item = item
h = Holder(a)
print(sys.getrefcount(a), sys.getrefcount(h))
del b
print(sys.getrefcount(a))
