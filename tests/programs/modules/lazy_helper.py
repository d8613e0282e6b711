print("lazy_helper runs")
CONSTANT = 10
loads = 0


def compute(n):
    global loads
    loads += 1
    return n * n
