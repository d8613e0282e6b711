from enum import StrEnum, Enum, auto


class Method(StrEnum):
    GET = auto()
    POST = "post"
    CUSTOM = "Custom-Value"


print(Method.GET, repr(Method.GET), str(Method.POST), format(Method.CUSTOM))
print(f"{Method.GET:>6}|", Method.GET == "get", Method.GET.upper(), Method.CUSTOM.lower())
print(isinstance(Method.POST, str), Method("post"), Method["CUSTOM"], "get" in [Method.GET])
print(Method.GET + "/x", len(Method.CUSTOM), sorted(Method), "-".join(Method))
print({"get": 1}[Method.GET], Method.POST.value, Method.POST.name)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)


class Shade(str, Enum):
    DARK = "dark"
    LIGHT = "light"


print(Shade.DARK, repr(Shade.LIGHT), f"{Shade.DARK}", Shade.DARK == "dark", Shade.DARK.upper())
