print("shadowpkg.tool runs")
NAME = "the tool submodule"
