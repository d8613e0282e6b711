# Identical consecutive frames are collapsed after three, with
# "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        raise RuntimeError("liftoff failed")
    return countdown(n - 1)


print("counting")
countdown(50)
