# raise with a message that is not caught: stdout is flushed, status 1.
for i in range(3):
    print("iteration", i)
raise ValueError("invalid configuration: " + str([1, 2]))
