print("relpkg.util init, package", __package__)


def fmt(items):
    return ", ".join(f"<{i}>" for i in items)
