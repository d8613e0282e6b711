print("names_pkg.nested:", __name__, __package__)
