__all__ = ["ok_name", "missing_name"]
ok_name = "ok"
