# Copies of an instance: copy.copy shares the attribute values, deepcopy copies them
import copy
class Order:
    def __init__(self, items):
        self.items = items
        self.note = "new"

o = Order([["apple", 2]])
shallow = copy.copy(o)        # new instance, same list inside
deep = copy.deepcopy(o)       # new instance, new lists inside
shallow.items.append(["pear", 1])
deep.items[0][1] = 99
print(o.items)
print(shallow.items is o.items, deep.items is o.items)
