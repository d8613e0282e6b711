# An uncaught io.UnsupportedOperation is reported with the module-qualified name CPython prints.
with open('w.txt', 'w') as f:
    f.write('data\n')
    print(f.read())
