print("relpkg.extras init")
