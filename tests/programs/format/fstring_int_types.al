# Integer presentation types d b o x X c n with # and grouping.
for v in [0, 5, 255, -255, 65535, 2 ** 40, -(2 ** 64)]:
    print(f"{v:d} {v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:#X} {v:n}")
print(f"{1234567:,} {1234567:_} {1234567:_x} {0xFFFFFFFF:_b} {-1234567:,d} {123:,}")
print(f"{1234567:012,} {1234567:>12,} {-1234567:012_} {255:#010x} {255:#010b} {-255:#010x}")
print(f"{65:c} {9731:c} {128512:c} {97:>3c}")
print(f"{True:d} {False:b} {True:x} {True:5}")
print(f"{10 ** 30:,} {-(10 ** 30):_}")
