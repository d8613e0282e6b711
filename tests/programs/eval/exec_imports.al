# import statements inside exec'd code find the program's modules.
import math
import json
from collections import OrderedDict

exec("import math\nr = math.sqrt(16)")
print(r)
exec("from math import floor, ceil as c\nv = floor(2.5) + c(2.5)")
print(v)
ns = {}
exec("import json\nout = json.dumps({'a': [1, 2]})", ns)
print(ns["out"], ns["json"] is json)
exec("import collections\nod = collections.OrderedDict(a=1)")
print(od)
print(eval("math.pi"))
