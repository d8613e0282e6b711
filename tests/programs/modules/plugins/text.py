from registry import register


@register("upper")
class Upper:
    def run(self, s):
        return s.upper()


@register("reverse")
class Reverse:
    def run(self, s):
        return s[::-1]
