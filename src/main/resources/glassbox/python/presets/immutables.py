# Lesson 1: ints and strings are immutable
a = 5
b = a          # b names the same int object
a += 1         # builds a NEW int; b still names 5
s = "hi"
t = s
s += "!"       # a new string; t is unchanged
print(a, b, s, t)
