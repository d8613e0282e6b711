print("starpkg_plain.beta init")
