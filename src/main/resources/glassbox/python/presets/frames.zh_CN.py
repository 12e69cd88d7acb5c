# 函数与栈帧：每次调用都有自己的帧，返回时帧被移除
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)    # 步入：每次调用一个新帧

def scale(items, k=2):
    result = []
    for x in items:
        result.append(x * k)
    return result

answer = fact(4)
doubled = scale([1, 2, 3])
print(answer, doubled)
