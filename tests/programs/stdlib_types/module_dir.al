import types

# alc lacks the types listed here (its objects have no such types).
absent = {"CellType", "ClassMethodDescriptorType", "CodeType",
          "FrameType", "GetSetDescriptorType",
          "MemberDescriptorType", "MethodDescriptorType",
          "MethodWrapperType", "WrapperDescriptorType", "coroutine"}
print(sorted(set(n for n in dir(types) if not n.startswith("_")) - absent))
print(sorted(set(types.__all__) - absent))
print(types.__name__)
