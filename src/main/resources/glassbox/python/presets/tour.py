# A tour: a class instance, a with block and a generator, each call in its own frame
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
        yield i * 10          # suspended here between next() calls
        i += 1

with Connection("db://shop") as conn:
    rows = fetch(conn, 3)
    first = next(rows)
    second = next(rows)
print(first, second, conn.rows)
