# A tuple is immutable, but the list inside it is not
import copy
t = (1, [2, 3])
u = copy.copy(t)       # the same tuple: nothing needs copying
t[1].append(4)
print(t, u is t)
v = copy.deepcopy(t)   # a new tuple, because the list inside was copied
print(v is t, v[1] is t[1])
t[1] = 5               # TypeError: a tuple does not support item assignment
