# 实例的拷贝：copy.copy 共享属性值，deepcopy 复制它们
import copy
class Order:
    def __init__(self, items):
        self.items = items
        self.note = "new"

o = Order([["apple", 2]])
shallow = copy.copy(o)        # 新实例，内部是同一个列表
deep = copy.deepcopy(o)       # 新实例，内部是新列表
shallow.items.append(["pear", 1])
deep.items[0][1] = 99
print(o.items)
print(shallow.items is o.items, deep.items is o.items)
