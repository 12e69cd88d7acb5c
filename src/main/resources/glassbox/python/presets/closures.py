# Closures: the inner function keeps using the enclosing call's variables
def counter():
    count = [0]
    def inc():
        count[0] += 1         # count lives in counter's frame
        return count[0]
    return inc

tick = counter()
tick()
tick()
print(tick())
