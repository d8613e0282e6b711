A = 1
B = 2
_hidden = 3


def len(x):
    return "helper len"
