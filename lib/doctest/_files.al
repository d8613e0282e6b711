"""doctest's text files: a module-relative path made absolute, and the
file's text."""

import os
import sys
import types


def _module_relative_path(module, test_path):
    if not isinstance(module, types.ModuleType):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*(test_path.split('/')))
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r "
                         "(it has no __file__)" % module.__name__)
    return os.path.join(basedir, test_path)


def _calling_module():
    """The module a module-relative path is relative to: the program's,
    as alc has no frames to find the caller's."""
    return sys.modules['__main__']


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        if package is None:
            package = _calling_module()
        elif isinstance(package, str):
            package = sys.modules[package]
        filename = _module_relative_path(package, filename)
    with open(filename, encoding=encoding or 'utf-8') as f:
        return f.read(), filename
