# a += [x] 原地扩展列表；a = a + [x] 生成新列表
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
