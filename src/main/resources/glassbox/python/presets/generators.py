# A generator keeps its frame between next() calls
def countdown(n):
    while n > 0:
        yield n               # hand out n, keep n and the place
        n -= 1

g = countdown(3)
first = next(g)
rest = list(g)                # runs it to StopIteration
print(first, rest)
for x in countdown(2):
    print("for got", x)
print(next(g, "exhausted"))
