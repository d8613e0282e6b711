# A bare `raise` adds no traceback entry; `raise e` lists its frame again.
def risky(n):
    return 10 // n


def bare():
    try:
        risky(0)
    except ZeroDivisionError:
        print("bare re-raise")
        raise


def named():
    try:
        bare()
    except ZeroDivisionError as e:
        print("named re-raise")
        raise e


named()
