xs = [1j, 2j]
xs.sort()
