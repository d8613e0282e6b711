# Importing a package's submodule binds it as an attribute of the package,
# replacing a function of the same name: calls in the package see the module.
import calls_pkg

print(calls_pkg.use())
import calls_pkg.helper

print(type(calls_pkg.helper).__name__)
try:
    calls_pkg.use()
except TypeError as e:
    print("TypeError:", e)
print(calls_pkg.helper.value())
