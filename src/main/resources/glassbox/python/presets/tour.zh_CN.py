# 导览：一个类实例、一个 with 块和一个生成器，每次调用都有自己的帧
class Connection:
    def __init__(self, url):
        self.url = url
        self.rows = []
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return False

def fetch(conn, n):
    i = 0
    while i < n:
        conn.rows.append(i)
        yield i * 10          # 两次 next() 之间在这里挂起
        i += 1

with Connection("db://shop") as conn:
    rows = fetch(conn, 3)
    first = next(rows)
    second = next(rows)
print(first, second, conn.rows)
