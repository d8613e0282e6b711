from . import register


@register("reverse")
class Reverse:
    def run(self, text):
        return text[::-1]
