# 笔记里的协程乒乓：next(g) 把控制权交给 func1 再交回来
def func1():
    while True:
        print("func1: ping")
        yield                 # 挂起，控制权回到 func2

def func2(g):
    for i in range(3):
        print("func2: pong", i)
        next(g)               # 从 func1 停下的地方继续

g = func1()                   # 还没有运行：只是一个生成器对象
func2(g)
