print("starpkg_plain.delta init")
