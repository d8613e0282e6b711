# os.stat_result: every field by name and index, and its tuple behaviour.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, "f")
    with open(name, "wb") as f:
        f.write(b"x" * 1234)
    os.utime(name, ns=(1_600_000_000_123_456_789, 1_700_000_000_987_654_321))
    st = os.stat(name)
    print(len(st), st.n_sequence_fields, st.n_fields, st.n_unnamed_fields)
    print(st.st_size == st[6] == 1234, st.st_mode == st[0], st.st_ino == st[1])
    print(st.st_dev == st[2], st.st_nlink, st.st_uid == st[4], st.st_gid == st[5])
    print(st[7], st[8], st.st_atime_ns, st.st_mtime_ns)
    print(st.st_atime, st.st_mtime)
    print(type(st.st_blksize), type(st.st_blocks), type(st.st_rdev), type(st.st_ctime))
    print(isinstance(st, tuple), st[-4:-2])
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
    print(size, at, mt)
    print(os.lstat(name) == st, os.stat(d).st_mode & 0o170000 == 0o040000)
    r = os.stat_result(range(10))
    print(r)
    print(r.st_atime, r.st_mtime_ns, r.st_blksize)
    try:
        os.stat_result((1, 2))
    except TypeError as e:
        print(e)
    try:
        os.stat(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print(e.errno, e.strerror, os.path.basename(e.filename))
