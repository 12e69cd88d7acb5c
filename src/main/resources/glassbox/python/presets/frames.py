# Functions and frames: each call gets its own frame; returning removes it
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)    # step into: a new frame for each call

def scale(items, k=2):
    result = []
    for x in items:
        result.append(x * k)
    return result

answer = fact(4)
doubled = scale([1, 2, 3])
print(answer, doubled)
