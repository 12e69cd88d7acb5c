# The notes' connection: __enter__ opens it, __exit__ always closes it
class Connection:
    def __init__(self, url):
        self.url = url
        self.open = False
    def __enter__(self):
        print("connect", self.url)
        self.open = True
        return self                   # bound to the name after "as"
    def __exit__(self, exc_type, exc, tb):
        print("close", self.url)
        self.open = False
        return False                  # do not swallow exceptions

with Connection("db://shop") as conn:
    print("query on", conn.url, conn.open)
print("after the block:", conn.open)
