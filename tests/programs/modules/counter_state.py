count = 0
history = []


def increment(by=1):
    global count
    count += by
    history.append(count)


def reset():
    global count, history
    count = 0
    history = []
