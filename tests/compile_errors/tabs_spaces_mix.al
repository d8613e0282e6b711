# Expected compile error: TabError: inconsistent use of tabs and spaces in indentation at line 4, column 1 (1-based, as CPython reports it)
def f(x):
    if x:
	return 1
    return 0
