# 第 3 课：浅拷贝共享内层列表
import copy
a = [[1, 2], [3, 4]]
b = copy.copy(a)
b[0].append(5)     # 修改的内层列表 a 也能访问到
b[1] = [0]         # 只替换 b 的一个位置
print(a)
print(b)
