# Hidden names: * and ? skip dot-files, an explicit dot matches them, include_hidden and ** rules.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for name in [".a", ".b/x", "c", "d/.e", "d/f", ".g/.h/i"]:
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w").close()
    g = lambda pat, **kw: sorted(glob.glob(pat, root_dir=d, **kw))
    print(g("*"), g(".*"), g("?"), g("[.]*"))
    print(g("*/*"), g(".*/*"), g("d/.*"), g("d/*"))
    print(g("*", include_hidden=True), g("*/*", include_hidden=True))
    print(g("**", recursive=True))
    print(g("**", recursive=True, include_hidden=True))
    print(g(".g/**", recursive=True), g(".g/**/i", recursive=True, include_hidden=True))
    print(g("**/i", recursive=True), g("**/.h", recursive=True))
    print(g("d/**/", recursive=True), g("**/", recursive=True, include_hidden=True))
