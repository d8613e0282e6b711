import subprocess
for args, kw in [(['no-such-program-alc'], {}), ('no-such-program-alc', {}),
                 (['/no/such/dir/prog'], {}), (['true'], {'cwd': '/no/such/dir'}),
                 (['/etc/passwd'], {}), (['true'], {'cwd': '/etc/passwd'})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
