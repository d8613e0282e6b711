log = ["__init__"]
print("order_pkg.__init__ runs")
