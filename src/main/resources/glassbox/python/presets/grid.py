# [[0] * 3] * 3 repeats ONE row three times
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
rows = [[0] * 3, [0] * 3, [0] * 3]   # three separate rows
rows[0][0] = 1
print(rows)
