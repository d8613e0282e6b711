print("lazy_pkg.tools runs")


def tool():
    return "tool"
