# 包含自身的列表；deepcopy 的 memo 保留了环
import copy
a = [1, 2]
a.append(a)
print(a)
b = copy.deepcopy(a)
print(b)
print(b[2] is b, b is a)
