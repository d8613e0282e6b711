tool = "a plain value named like the submodule"
version = "1.0"
