# shutil errors: copytree's collected Error, move into itself, copy of a missing file.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "inner"))
    with open(os.path.join(src, "ok.txt"), "w") as f:
        f.write("ok")
    os.symlink(os.path.join(d, "nowhere"), os.path.join(src, "dangling"))
    try:
        shutil.copytree(src, os.path.join(d, "dst"))
    except shutil.Error as e:
        errs = e.args[0]
        print(len(errs), [os.path.basename(s) for s, _, _ in errs])
        print([why.replace(d, "D") for _, _, why in errs])
    out = shutil.copytree(src, os.path.join(d, "dst2"), ignore_dangling_symlinks=True)
    print(sorted(os.listdir(out)))
    try:
        shutil.move(src, os.path.join(src, "inner"))
    except shutil.Error as e:
        print(str(e).replace(d, "D"))
    try:
        shutil.copy(os.path.join(d, "missing"), d)
    except FileNotFoundError as e:
        print(e.errno, e.strerror, os.path.basename(e.filename))
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error),
          issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
          issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))
    print(shutil.COPY_BUFSIZE)
    calls = []
    shutil.copytree(src, os.path.join(d, "dst3"), ignore_dangling_symlinks=True,
                    copy_function=lambda s, t: calls.append(os.path.basename(s)) or shutil.copy(s, t))
    print(sorted(calls))
