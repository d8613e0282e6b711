# An uncaught BaseExceptionGroup with a SystemExit inside: a report, status 1.
import sys

print("start")
raise BaseExceptionGroup("base", [SystemExit(3), GeneratorExit()])
