print("pkg_demo.inner.deep init")
from ..sub import whoami
from .. import sub as sibling


def info():
    return whoami(), sibling.__name__, __name__, __package__
