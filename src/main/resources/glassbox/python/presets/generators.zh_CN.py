# 生成器在两次 next() 之间保留自己的帧
def countdown(n):
    while n > 0:
        yield n               # 交出 n，保留 n 和执行位置
        n -= 1

g = countdown(3)
first = next(g)
rest = list(g)                # 一直运行到 StopIteration
print(first, rest)
for x in countdown(2):
    print("for got", x)
print(next(g, "exhausted"))
