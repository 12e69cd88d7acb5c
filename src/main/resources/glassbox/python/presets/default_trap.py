# The mutable default trap: the default list is made once, when def runs
def add(item, bucket=[]):
    bucket.append(item)       # every call without bucket shares one list
    return bucket

first = add(1)
second = add(2)
print(first, second, first is second)

def add_safely(item, bucket=None):
    if bucket is None:
        bucket = []           # a new list on every call
    bucket.append(item)
    return bucket

third = add_safely(3)
fourth = add_safely(4)
print(third, fourth)
