# 可变默认参数陷阱：默认列表只在 def 执行时创建一次
def add(item, bucket=[]):
    bucket.append(item)       # 每次不传 bucket 的调用共享同一个列表
    return bucket

first = add(1)
second = add(2)
print(first, second, first is second)

def add_safely(item, bucket=None):
    if bucket is None:
        bucket = []           # 每次调用一个新列表
    bucket.append(item)
    return bucket

third = add_safely(3)
fourth = add_safely(4)
print(third, fourth)
