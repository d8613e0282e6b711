# types.GenericAlias called directly, as functools does for
# __class_getitem__ = classmethod(GenericAlias).

GenericAlias = type(list[int])
print(GenericAlias(list, int), GenericAlias(list, (int, str)), GenericAlias(dict, ()))
print(GenericAlias(list, int) == list[int], GenericAlias(5, 6))


class Box:
    __class_getitem__ = classmethod(GenericAlias)


a = Box[int]
print(a, a.__origin__ is Box, a.__args__, Box[int, str])
for args, kwargs in [((), {}), ((list,), {}), ((list, int, str), {}), ((list, int), {'x': 1})]:
    try:
        GenericAlias(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
