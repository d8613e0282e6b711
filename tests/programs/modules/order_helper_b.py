print("b: start")
VALUE = "B"
print("b: end")
