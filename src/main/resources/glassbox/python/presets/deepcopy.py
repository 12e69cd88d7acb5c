# Lesson 4: deepcopy copies all the way down
import copy
a = [[1, 2], [3, 4]]
b = copy.deepcopy(a)
b[0].append(5)     # only b's inner list changes
print(a)
print(b)
print(a[0] is b[0])
