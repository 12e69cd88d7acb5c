# 笔记里的连接：__enter__ 打开，__exit__ 一定关闭
class Connection:
    def __init__(self, url):
        self.url = url
        self.open = False
    def __enter__(self):
        print("connect", self.url)
        self.open = True
        return self                   # 绑定到 as 后面的名字
    def __exit__(self, exc_type, exc, tb):
        print("close", self.url)
        self.open = False
        return False                  # 不吞掉异常

with Connection("db://shop") as conn:
    print("query on", conn.url, conn.open)
print("after the block:", conn.open)
