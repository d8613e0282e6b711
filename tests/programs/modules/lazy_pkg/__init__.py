print("lazy_pkg runs")
