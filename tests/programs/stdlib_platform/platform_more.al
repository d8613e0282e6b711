import os
import platform

print(platform.python_implementation())
lib, ver = platform.libc_ver()
print(lib, ver.count(".") >= 1, all(p.isdigit() for p in ver.split(".")))
print(platform.libc_ver() == (lib, ver))
p = platform.platform()
u = platform.uname()
print(p.startswith(u.system + "-" + u.release.replace(" ", "_")), p.endswith("-with-" + lib + ver))
print(platform.platform(terse=True) == p, platform.platform(aliased=True) == p)
print(u._fields, len(u), u[0] == u.system, u[-1] == u.processor, u.system == os.uname().sysname)
print(u.machine == os.uname().machine, u.release == os.uname().release, u.node == os.uname().nodename)
info = platform.freedesktop_os_release()
print(sorted(k for k in ("NAME", "ID", "PRETTY_NAME") if k in info))
print(platform.freedesktop_os_release() == info, platform.freedesktop_os_release() is not info)
try:
    platform.libc_ver("/nonexistent/file")
except FileNotFoundError as e:
    print(e)
