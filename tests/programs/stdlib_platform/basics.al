import platform
print(platform.system())
print(platform.machine() in ('x86_64', 'aarch64'))
print(platform.python_version(), platform.python_version_tuple())
print(platform.architecture())
print(platform.architecture('/etc/passwd'), platform.architecture('/no/such/file'))
print(type(platform.node()).__name__, type(platform.release()).__name__, type(platform.version()).__name__)
