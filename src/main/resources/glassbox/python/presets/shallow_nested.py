# Lesson 3: a shallow copy shares the inner lists
import copy
a = [[1, 2], [3, 4]]
b = copy.copy(a)
b[0].append(5)     # changes the inner list that a reaches too
b[1] = [0]         # replaces a slot of b only
print(a)
print(b)
