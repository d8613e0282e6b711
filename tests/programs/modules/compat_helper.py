tried = []
try:
    import superjson_not_installed as _json
    BACKEND = "superjson"
except ImportError:
    tried.append("superjson")
    try:
        import orjson_not_installed_either as _json
        BACKEND = "orjson"
    except ModuleNotFoundError:
        tried.append("orjson")
        import json as _json
        BACKEND = "json"


def dumps(obj):
    return _json.dumps(obj, sort_keys=True)


try:
    from _speedups_not_here import fast_sum
    speedup_available = True
except ImportError:
    speedup_available = False

    def fast_sum(xs):
        total = 0
        for x in xs:
            total += x
        return total
