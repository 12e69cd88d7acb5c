# 闭包：内层函数继续使用外层调用的变量
def counter():
    count = [0]
    def inc():
        count[0] += 1         # count 属于 counter 的帧
        return count[0]
    return inc

tick = counter()
tick()
tick()
print(tick())
