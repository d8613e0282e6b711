# A failing subscript is marked with ~ under the container and ^ under the
# brackets; a subscript that is the whole line gets no marker line.
config = {"name": "alc", "targets": ["x86_64", "aarch64"]}


def target(i):
    return config["targets"][i]


print(target(0))
print(target(1))
value = config[ "version" ]
