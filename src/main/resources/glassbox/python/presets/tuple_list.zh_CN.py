# 元组不可变，但它里面的列表可变
import copy
t = (1, [2, 3])
u = copy.copy(t)       # 同一个元组：无需复制
t[1].append(4)
print(t, u is t)
v = copy.deepcopy(t)   # 新元组，因为里面的列表被复制了
print(v is t, v[1] is t[1])
t[1] = 5               # TypeError：元组不支持元素赋值
