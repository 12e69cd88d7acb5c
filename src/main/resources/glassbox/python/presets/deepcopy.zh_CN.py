# 第 4 课：deepcopy 一直复制到底
import copy
a = [[1, 2], [3, 4]]
b = copy.deepcopy(a)
b[0].append(5)     # 只有 b 的内层列表改变
print(a)
print(b)
print(a[0] is b[0])
