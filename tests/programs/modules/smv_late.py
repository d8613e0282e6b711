VALUE = "late value"
