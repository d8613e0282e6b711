print("cyc_second: start")
from cyc_first import VALUE


def helper():
    return VALUE
