# Sign options, zero padding and widths for ints and floats.
for v in [7, -7, 0]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+5}] [{v: 5}] [{v:05}] [{v:+05}] [{v:=+6}]")
for v in [2.5, -2.5, 0.0, -0.0]:
    print(f"[{v:+}] [{v: }] [{v:08.2f}] [{v:+08.2f}] [{v: 08.2f}] [{v:+.1e}]")
print(f"[{12345:3}] [{-12345:03}] [{1.5:010}] [{'ab':05}] [{-1:<05}]")
print(f"[{2 ** 70:+}] [{-(2 ** 70):030}]")
