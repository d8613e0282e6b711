# Warnings go to stderr with the source line of the warned location; the
# program then ends with an uncaught exception, so stderr is compared.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


class Thing:
    def method(self):
        warnings.warn(f"method of {type(self).__name__}", ResourceWarning)
        warnings.warn(f"method again", FutureWarning)
        return 1


print(old_api(2))
for i in range(3):
    print(old_api(i))
Thing().method()
Thing().method()
warnings.warn("module level", UserWarning)
warnings.warn(RuntimeWarning("an instance"))
raise SystemExit("done")
