# deepcopy 让共享的部分仍然共享（memo）
import copy
inner = [1, 2]
a = {"x": inner, "y": inner}
b = copy.deepcopy(a)
print(b["x"] is b["y"], b["x"] is inner)
