# A grep-like program: writes a file, then searches it for the patterns given
# as arguments (-i ignores case, -n numbers lines, -c counts, -v inverts),
# and exits with status 1 when nothing matched, as grep does.
import sys

with open("poem.txt", "w") as f:
    f.write("The Road Not Taken\n\nTwo roads diverged in a yellow wood,\nAnd sorry I could not travel both\n"
            "And be one traveler, long I stood\nAnd looked down one as far as I could\n")

flags = {a for a in sys.argv[1:] if a.startswith("-")}
patterns = [a for a in sys.argv[1:] if not a.startswith("-")]
print("flags", sorted(flags), "patterns", patterns)
total = 0
for pat in patterns:
    needle = pat.lower() if "-i" in flags else pat
    hits = 0
    with open("poem.txt") as f:
        for n, line in enumerate(f, 1):
            hay = line.lower() if "-i" in flags else line
            if (needle in hay) != ("-v" in flags):
                hits += 1
                if "-c" not in flags:
                    prefix = f"{n}:" if "-n" in flags else ""
                    print(f"{pat}: {prefix}{line.rstrip()}")
    if "-c" in flags:
        print(f"{pat}: {hits}")
    total += hits
print("total", total)
sys.exit(0 if total else 1)
