# Classes and functions of an imported module pickle under its name and
# load back from it; an unknown module or name raises CPython's errors.
import pickle
import pickle_shapes
from pickle_shapes import Shape, Registry

for proto in range(6):
    data = pickle.dumps([Shape(3), Registry.Entry("k"), pickle_shapes.area, Registry], proto)
    print(proto, data)
    shape, entry, area, reg = pickle.loads(data)
    print(type(shape) is Shape, shape.sides, entry.key, area(shape), reg is Registry)
for data in (b"cpickle_shapes\nCircle\n.", b'\x80\x04\x8c\rpickle_shapes\x94\x8c\rRegistry.Gone\x94\x93\x94.',
             b"cpickle_nothere\nShape\n."):
    try:
        pickle.loads(data)
    except (AttributeError, ModuleNotFoundError) as e:
        print(type(e).__name__, str(e).split(" on ")[0])
