from enum import Enum


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    ALSO_MONDAY = 1


m = Weekday.__members__
print(len(m), list(m), list(m.values())[-1], m["TUESDAY"])
print("MONDAY" in m, "FRIDAY" in m, m.get("WEDNESDAY"), m.get("X", "none"))
print([(k, v.value) for k, v in m.items()])
try:
    m["X"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(dict(m)["ALSO_MONDAY"], Weekday._member_map_["ALSO_MONDAY"])
print(Weekday._value2member_map_)
print(type(m).__name__)
