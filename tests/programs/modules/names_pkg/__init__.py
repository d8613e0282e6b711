print("names_pkg:", __name__, __package__)
