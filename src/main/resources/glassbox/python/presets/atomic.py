# A transaction.atomic-style block: on an error __exit__ rolls the changes back
class atomic:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.saved = dict(self.db)    # remember the state
        return self.db
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.db.clear()
            self.db.update(self.saved)    # roll back
            print("rolled back:", exc)
        return False                  # the error still propagates

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
