print("shadowpkg.util runs")
NAME = "the util submodule"
