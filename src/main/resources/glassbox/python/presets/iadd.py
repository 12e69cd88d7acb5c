# a += [x] extends the list in place; a = a + [x] builds a new list
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
