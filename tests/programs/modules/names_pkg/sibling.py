print("names_pkg.sibling:", __name__)


def whoami():
    return __name__.rpartition(".")[2]
