# [[0] * 3] * 3 把同一行重复了三次
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
rows = [[0] * 3, [0] * 3, [0] * 3]   # 三个独立的行
rows[0][0] = 1
print(rows)
