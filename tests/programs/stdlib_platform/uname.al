import platform
u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system, u[0], u.machine == platform.machine(), u.node == platform.node())
print(u.release == platform.release(), u.version == platform.version())
print(tuple(u)[:1], isinstance(u, tuple), u.processor == platform.processor())
print(repr(u).startswith("uname_result(system='Linux', node="))
print(platform.uname() is u)
