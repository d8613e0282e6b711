print("starpkg_all.alpha init")


def value():
    return 1
