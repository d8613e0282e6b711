VERSION = "1.2"
print("relpkg init")
