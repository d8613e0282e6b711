# The group an except* statement raises when a clause raised, uncaught.
def work():
    try:
        raise ExceptionGroup("tasks", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError:
        raise KeyError("replaced")
    except* TypeError as e:
        raise RuntimeError("wrapped") from e


work()
