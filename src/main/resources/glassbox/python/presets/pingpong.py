# The notes' coroutine ping-pong: next(g) passes control into func1 and back
def func1():
    while True:
        print("func1: ping")
        yield                 # suspend; control goes back to func2

def func2(g):
    for i in range(3):
        print("func2: pong", i)
        next(g)               # resume func1 where it stopped

g = func1()                   # nothing runs yet: a generator object
func2(g)
