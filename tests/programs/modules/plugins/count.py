import registry


@registry.register("vowels")
class Vowels:
    def run(self, s):
        return sum(c in "aeiouAEIOU" for c in s)
