# 类似 transaction.atomic 的块：出错时 __exit__ 回滚修改
class atomic:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.saved = dict(self.db)    # 记住原来的状态
        return self.db
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.db.clear()
            self.db.update(self.saved)    # 回滚
            print("rolled back:", exc)
        return False                  # 异常继续向外传播

accounts = {"alice": 100, "bob": 0}
try:
    with atomic(accounts) as db:
        db["alice"] -= 150
        db["bob"] += 150
        if db["alice"] < 0:
            raise ValueError("insufficient funds")
except ValueError:
    print("transfer refused")
print(accounts)
