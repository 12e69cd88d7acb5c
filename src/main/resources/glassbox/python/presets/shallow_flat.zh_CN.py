# 第 2 课：扁平列表的浅拷贝
import copy
a = [1, 2, 3]
b = copy.copy(a)   # 新的外层列表；里面还是同样的整数对象
b[0] = 99          # 改写 b 的一个位置，不影响 a
print(a, b)
print(a is b, a[1] is b[1])
