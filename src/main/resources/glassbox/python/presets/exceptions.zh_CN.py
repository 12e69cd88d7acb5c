# try / except / else / finally，以及自定义异常类
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
take(stock, 9)                # 未捕获：运行在这里停止
