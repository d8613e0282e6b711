# `from __future__ import annotations` keeps annotations as strings: names
# they use need not exist, and __annotations__ holds the source text.
from __future__ import annotations
import __future__


def f(x: Undefined, y: list[int] = None) -> Dict[str, Tree]:
    return x


class Node:
    left: Node | None
    value: int = 0

    def child(self, other: Node) -> Node:
        return other


print(f.__annotations__)
print(Node.__annotations__)
print(Node.child.__annotations__)
count: int = 3
print(__annotations__, count)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.all_feature_names[:3])
print(__future__.CO_FUTURE_ANNOTATIONS)
