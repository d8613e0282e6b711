import os

st = os.statvfs(".")
print(type(st).__name__, type(st).__module__, len(st), st.n_fields, st.n_sequence_fields,
      st.n_unnamed_fields)
print(all(isinstance(x, int) for x in st), isinstance(st.f_fsid, int))
print(st.f_bsize == st[0], st.f_namemax == st[-1], st.f_bavail <= st.f_bfree <= st.f_blocks)
fd = os.open(".", os.O_RDONLY)
print(os.fstatvfs(fd).f_blocks == st.f_blocks, os.statvfs(fd).f_bsize == st.f_bsize)
os.close(fd)
print(os.statvfs(b".").f_namemax == st.f_namemax)
r = os.statvfs_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r, r.f_fsid)
print(os.statvfs_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).f_fsid)
for bad in [(1, 2), tuple(range(12))]:
    try:
        os.statvfs_result(bad)
    except TypeError as e:
        print(e)
try:
    os.statvfs("missing")
except FileNotFoundError as e:
    print(e)
