# string.Formatter extended for safety checks: check_unused_args rejects
# arguments a template never uses, a strict subclass forbids attribute and
# index access in fields, vformat with a mapping that reports missing keys,
# and the nested specs and conversions the base class handles.
import string


class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = sorted(set(kwargs) - set(k for k in used_args if isinstance(k, str)))
        unused_pos = [i for i in range(len(args)) if i not in used_args]
        if unused or unused_pos:
            raise ValueError(f"unused arguments: {unused + unused_pos}")

    def get_field(self, field_name, args, kwargs):
        if "." in field_name or "[" in field_name:
            raise ValueError(f"attribute or index access not allowed: {field_name!r}")
        return super().get_field(field_name, args, kwargs)


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


f = StrictFormatter()
print(f.format("{greeting}, {name}!", greeting="Hi", name="Ann"))
for template, args, kwargs in [("{a}", (), {"a": 1, "b": 2}), ("{0} {1}", (1, 2, 3), {}), ("{a.real}", (), {"a": 1}),
                               ("{a[0]}", (), {"a": [1]}), ("{} {}", (1, 2), {}), ("{0:{1}}", (3.14159, ".2f"), {})]:
    try:
        print(repr(f.format(template, *args, **kwargs)))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
base = string.Formatter()
print(base.vformat("{x} and {y!r:>6} and {z}", (), Missing(x=1, y="s")))
print(base.format("{:{fill}{align}{width}}|{!s:^7}|{n:#x}", "mid", "s", fill="*", align="^", width=9, n=255))
print(base.format("{0[1]} {0[k]} {1.imag}", {1: "one", "k": "kay"}, 4))
for bad in ["{0", "}", "{!r}", "{0!x}", "{:d}"]:
    try:
        print(base.format(bad, "v"))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
