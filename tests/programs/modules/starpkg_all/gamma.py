print("starpkg_all.gamma init")
