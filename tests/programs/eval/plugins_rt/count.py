from collections import Counter

from . import register


@register("count")
class Count:
    def run(self, text):
        return ",".join(f"{k}{v}" for k, v in sorted(Counter(text).items()))
