# del statements on names and list items, and aliasing through function calls.
def add_item(lst, x):
    lst.append(x)
    return len(lst)

def rebind(lst):
    lst = [0]
    return lst

items = [1, 2, 3]
print(add_item(items, 4), items)
print(rebind(items), items)
alias = items
del items[0]
print(alias)
del alias
print(items)
x = [1, 2, 3, 4, 5, 6]
del x[1], x[2]
print(x)
try:
    print(alias)
except NameError as e:
    print("NameError:", e)
y = [[1, 2], [3, 4]]
del y[0][1]
print(y)
