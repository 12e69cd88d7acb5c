# try / except / else / finally, and an exception class of our own
class StockError(Exception):
    pass

def take(stock, n):
    if n > stock["left"]:
        raise StockError("only " + str(stock["left"]) + " left")
    stock["left"] -= n
    return n

stock = {"left": 3}
for n in [2, 5]:
    try:
        got = take(stock, n)
    except StockError as e:
        print("refused:", e)
    else:
        print("took", got)
    finally:
        print("left:", stock["left"])
take(stock, 9)                # uncaught: the run stops here
