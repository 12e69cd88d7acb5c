# Lesson 2: a shallow copy of a flat list
import copy
a = [1, 2, 3]
b = copy.copy(a)   # a new outer list; the same int objects inside
b[0] = 99          # rebinding a slot of b leaves a alone
print(a, b)
print(a is b, a[1] is b[1])
