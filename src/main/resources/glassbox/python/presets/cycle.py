# A list that contains itself; deepcopy's memo keeps the cycle
import copy
a = [1, 2]
a.append(a)
print(a)
b = copy.deepcopy(a)
print(b)
print(b[2] is b, b is a)
