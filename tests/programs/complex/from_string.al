for s in ["1+2j", "  ( 1+2j )  ", "1", "-1.5", "j", "-J", "+j", "2j", "1e3j", "1e+3j", "1e-3-2e+2j",
          "1_0j", "nan", "-inf", "infj", "nan+nanj", "-inf-infj", "1-j", "(j)", " 3.5e2 ", "\t1j\n",
          "1E5J", "Infinity", "-infinityj", ".5j", "5.j", "1_000+2_0j", "0x10", "1 + 2j", "1+2",
          "(1+2j", "1+2j)", "", "()", "j1", "1+-2j", "1jj", "1e", "++1j", "1..2j", "1__0j", "_1j", "( )"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["\u0661\u0662j", "\u2003 1+2j\u3000", "1+2\u00e9", "1\x00j", "(\u0661+\u0662j)", "\u0661_\u0662j", "1e500j", "-1e-500-0j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
