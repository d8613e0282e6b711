"""The helper module of uncaught_module_class.al."""


class Failure(ValueError):
    pass
