print("cyc_first: start")
from cyc_second import helper
VALUE = 42
