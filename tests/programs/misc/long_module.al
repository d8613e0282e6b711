# A module body longer than one compiled part (1000 top-level statements):
# names, functions, classes and exceptions cross the parts, and the
# traceback of an error in a later part shows the <module> frame once.
total = 0
def bump(k):
    global total
    total += k
    return total
class Box:
    count = 0
bump(0)
v1 = total * 2 - 1
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v7 = total * 2 - 7
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v13 = total * 2 - 13
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v19 = total * 2 - 19
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v25 = total * 2 - 25
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v31 = total * 2 - 31
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v37 = total * 2 - 37
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v43 = total * 2 - 43
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v49 = total * 2 - 49
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v55 = total * 2 - 55
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v61 = total * 2 - 61
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v67 = total * 2 - 67
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v73 = total * 2 - 73
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v79 = total * 2 - 79
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v85 = total * 2 - 85
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v91 = total * 2 - 91
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v97 = total * 2 - 97
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v103 = total * 2 - 103
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v109 = total * 2 - 109
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v115 = total * 2 - 115
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v121 = total * 2 - 121
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v127 = total * 2 - 127
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v133 = total * 2 - 133
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v139 = total * 2 - 139
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v145 = total * 2 - 145
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v151 = total * 2 - 151
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v157 = total * 2 - 157
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v163 = total * 2 - 163
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v169 = total * 2 - 169
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v175 = total * 2 - 175
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v181 = total * 2 - 181
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v187 = total * 2 - 187
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v193 = total * 2 - 193
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v199 = total * 2 - 199
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v205 = total * 2 - 205
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v211 = total * 2 - 211
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v217 = total * 2 - 217
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v223 = total * 2 - 223
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v229 = total * 2 - 229
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v235 = total * 2 - 235
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v241 = total * 2 - 241
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v247 = total * 2 - 247
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v253 = total * 2 - 253
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v259 = total * 2 - 259
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v265 = total * 2 - 265
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v271 = total * 2 - 271
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v277 = total * 2 - 277
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v283 = total * 2 - 283
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v289 = total * 2 - 289
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v295 = total * 2 - 295
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v301 = total * 2 - 301
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v307 = total * 2 - 307
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v313 = total * 2 - 313
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v319 = total * 2 - 319
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v325 = total * 2 - 325
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v331 = total * 2 - 331
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v337 = total * 2 - 337
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v343 = total * 2 - 343
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v349 = total * 2 - 349
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v355 = total * 2 - 355
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v361 = total * 2 - 361
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v367 = total * 2 - 367
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v373 = total * 2 - 373
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v379 = total * 2 - 379
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v385 = total * 2 - 385
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v391 = total * 2 - 391
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v397 = total * 2 - 397
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v403 = total * 2 - 403
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v409 = total * 2 - 409
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v415 = total * 2 - 415
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v421 = total * 2 - 421
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v427 = total * 2 - 427
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v433 = total * 2 - 433
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v439 = total * 2 - 439
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v445 = total * 2 - 445
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v451 = total * 2 - 451
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v457 = total * 2 - 457
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v463 = total * 2 - 463
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v469 = total * 2 - 469
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v475 = total * 2 - 475
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v481 = total * 2 - 481
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v487 = total * 2 - 487
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v493 = total * 2 - 493
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v499 = total * 2 - 499
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v505 = total * 2 - 505
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v511 = total * 2 - 511
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v517 = total * 2 - 517
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v523 = total * 2 - 523
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v529 = total * 2 - 529
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v535 = total * 2 - 535
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v541 = total * 2 - 541
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v547 = total * 2 - 547
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v553 = total * 2 - 553
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v559 = total * 2 - 559
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v565 = total * 2 - 565
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v571 = total * 2 - 571
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v577 = total * 2 - 577
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v583 = total * 2 - 583
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v589 = total * 2 - 589
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v595 = total * 2 - 595
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v601 = total * 2 - 601
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v607 = total * 2 - 607
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v613 = total * 2 - 613
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v619 = total * 2 - 619
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v625 = total * 2 - 625
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v631 = total * 2 - 631
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v637 = total * 2 - 637
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v643 = total * 2 - 643
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v649 = total * 2 - 649
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v655 = total * 2 - 655
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v661 = total * 2 - 661
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v667 = total * 2 - 667
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v673 = total * 2 - 673
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v679 = total * 2 - 679
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v685 = total * 2 - 685
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v691 = total * 2 - 691
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v697 = total * 2 - 697
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v703 = total * 2 - 703
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v709 = total * 2 - 709
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v715 = total * 2 - 715
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v721 = total * 2 - 721
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v727 = total * 2 - 727
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v733 = total * 2 - 733
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v739 = total * 2 - 739
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v745 = total * 2 - 745
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v751 = total * 2 - 751
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v757 = total * 2 - 757
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v763 = total * 2 - 763
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v769 = total * 2 - 769
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v775 = total * 2 - 775
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v781 = total * 2 - 781
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v787 = total * 2 - 787
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v793 = total * 2 - 793
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v799 = total * 2 - 799
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v805 = total * 2 - 805
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v811 = total * 2 - 811
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v817 = total * 2 - 817
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v823 = total * 2 - 823
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v829 = total * 2 - 829
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v835 = total * 2 - 835
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v841 = total * 2 - 841
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v847 = total * 2 - 847
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v853 = total * 2 - 853
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v859 = total * 2 - 859
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v865 = total * 2 - 865
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v871 = total * 2 - 871
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v877 = total * 2 - 877
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v883 = total * 2 - 883
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v889 = total * 2 - 889
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v895 = total * 2 - 895
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v901 = total * 2 - 901
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v907 = total * 2 - 907
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v913 = total * 2 - 913
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v919 = total * 2 - 919
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v925 = total * 2 - 925
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v931 = total * 2 - 931
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v937 = total * 2 - 937
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v943 = total * 2 - 943
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v949 = total * 2 - 949
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v955 = total * 2 - 955
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v961 = total * 2 - 961
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v967 = total * 2 - 967
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v973 = total * 2 - 973
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v979 = total * 2 - 979
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v985 = total * 2 - 985
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v991 = total * 2 - 991
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v997 = total * 2 - 997
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1003 = total * 2 - 1003
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1009 = total * 2 - 1009
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1015 = total * 2 - 1015
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1021 = total * 2 - 1021
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1027 = total * 2 - 1027
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1033 = total * 2 - 1033
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1039 = total * 2 - 1039
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1045 = total * 2 - 1045
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1051 = total * 2 - 1051
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1057 = total * 2 - 1057
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1063 = total * 2 - 1063
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1069 = total * 2 - 1069
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1075 = total * 2 - 1075
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1081 = total * 2 - 1081
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1087 = total * 2 - 1087
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1093 = total * 2 - 1093
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1099 = total * 2 - 1099
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1105 = total * 2 - 1105
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1111 = total * 2 - 1111
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1117 = total * 2 - 1117
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1123 = total * 2 - 1123
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1129 = total * 2 - 1129
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1135 = total * 2 - 1135
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1141 = total * 2 - 1141
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1147 = total * 2 - 1147
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1153 = total * 2 - 1153
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1159 = total * 2 - 1159
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1165 = total * 2 - 1165
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1171 = total * 2 - 1171
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1177 = total * 2 - 1177
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1183 = total * 2 - 1183
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1189 = total * 2 - 1189
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1195 = total * 2 - 1195
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1201 = total * 2 - 1201
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1207 = total * 2 - 1207
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1213 = total * 2 - 1213
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1219 = total * 2 - 1219
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1225 = total * 2 - 1225
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1231 = total * 2 - 1231
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1237 = total * 2 - 1237
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1243 = total * 2 - 1243
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1249 = total * 2 - 1249
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1255 = total * 2 - 1255
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1261 = total * 2 - 1261
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1267 = total * 2 - 1267
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1273 = total * 2 - 1273
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1279 = total * 2 - 1279
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1285 = total * 2 - 1285
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1291 = total * 2 - 1291
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1297 = total * 2 - 1297
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1303 = total * 2 - 1303
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1309 = total * 2 - 1309
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1315 = total * 2 - 1315
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1321 = total * 2 - 1321
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1327 = total * 2 - 1327
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1333 = total * 2 - 1333
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1339 = total * 2 - 1339
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1345 = total * 2 - 1345
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1351 = total * 2 - 1351
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1357 = total * 2 - 1357
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1363 = total * 2 - 1363
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1369 = total * 2 - 1369
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1375 = total * 2 - 1375
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1381 = total * 2 - 1381
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1387 = total * 2 - 1387
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1393 = total * 2 - 1393
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1399 = total * 2 - 1399
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1405 = total * 2 - 1405
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1411 = total * 2 - 1411
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1417 = total * 2 - 1417
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1423 = total * 2 - 1423
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1429 = total * 2 - 1429
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1435 = total * 2 - 1435
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1441 = total * 2 - 1441
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1447 = total * 2 - 1447
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1453 = total * 2 - 1453
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1459 = total * 2 - 1459
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1465 = total * 2 - 1465
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1471 = total * 2 - 1471
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1477 = total * 2 - 1477
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1483 = total * 2 - 1483
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1489 = total * 2 - 1489
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1495 = total * 2 - 1495
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1501 = total * 2 - 1501
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1507 = total * 2 - 1507
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1513 = total * 2 - 1513
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1519 = total * 2 - 1519
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1525 = total * 2 - 1525
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1531 = total * 2 - 1531
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1537 = total * 2 - 1537
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1543 = total * 2 - 1543
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1549 = total * 2 - 1549
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1555 = total * 2 - 1555
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1561 = total * 2 - 1561
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1567 = total * 2 - 1567
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1573 = total * 2 - 1573
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1579 = total * 2 - 1579
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1585 = total * 2 - 1585
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1591 = total * 2 - 1591
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1597 = total * 2 - 1597
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1603 = total * 2 - 1603
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1609 = total * 2 - 1609
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1615 = total * 2 - 1615
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1621 = total * 2 - 1621
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1627 = total * 2 - 1627
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1633 = total * 2 - 1633
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1639 = total * 2 - 1639
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1645 = total * 2 - 1645
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1651 = total * 2 - 1651
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1657 = total * 2 - 1657
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1663 = total * 2 - 1663
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1669 = total * 2 - 1669
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1675 = total * 2 - 1675
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1681 = total * 2 - 1681
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1687 = total * 2 - 1687
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1693 = total * 2 - 1693
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1699 = total * 2 - 1699
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1705 = total * 2 - 1705
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1711 = total * 2 - 1711
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1717 = total * 2 - 1717
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1723 = total * 2 - 1723
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1729 = total * 2 - 1729
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1735 = total * 2 - 1735
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1741 = total * 2 - 1741
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1747 = total * 2 - 1747
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1753 = total * 2 - 1753
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1759 = total * 2 - 1759
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1765 = total * 2 - 1765
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1771 = total * 2 - 1771
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1777 = total * 2 - 1777
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1783 = total * 2 - 1783
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1789 = total * 2 - 1789
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1795 = total * 2 - 1795
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1801 = total * 2 - 1801
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1807 = total * 2 - 1807
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1813 = total * 2 - 1813
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1819 = total * 2 - 1819
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1825 = total * 2 - 1825
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1831 = total * 2 - 1831
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1837 = total * 2 - 1837
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1843 = total * 2 - 1843
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1849 = total * 2 - 1849
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1855 = total * 2 - 1855
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1861 = total * 2 - 1861
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1867 = total * 2 - 1867
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1873 = total * 2 - 1873
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1879 = total * 2 - 1879
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1885 = total * 2 - 1885
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1891 = total * 2 - 1891
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1897 = total * 2 - 1897
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1903 = total * 2 - 1903
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1909 = total * 2 - 1909
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1915 = total * 2 - 1915
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1921 = total * 2 - 1921
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1927 = total * 2 - 1927
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1933 = total * 2 - 1933
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1939 = total * 2 - 1939
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1945 = total * 2 - 1945
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1951 = total * 2 - 1951
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1957 = total * 2 - 1957
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v1963 = total * 2 - 1963
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v1969 = total * 2 - 1969
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v1975 = total * 2 - 1975
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v1981 = total * 2 - 1981
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v1987 = total * 2 - 1987
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v1993 = total * 2 - 1993
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v1999 = total * 2 - 1999
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2005 = total * 2 - 2005
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2011 = total * 2 - 2011
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2017 = total * 2 - 2017
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2023 = total * 2 - 2023
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2029 = total * 2 - 2029
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2035 = total * 2 - 2035
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2041 = total * 2 - 2041
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2047 = total * 2 - 2047
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2053 = total * 2 - 2053
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2059 = total * 2 - 2059
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2065 = total * 2 - 2065
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2071 = total * 2 - 2071
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2077 = total * 2 - 2077
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2083 = total * 2 - 2083
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2089 = total * 2 - 2089
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2095 = total * 2 - 2095
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2101 = total * 2 - 2101
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2107 = total * 2 - 2107
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2113 = total * 2 - 2113
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2119 = total * 2 - 2119
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2125 = total * 2 - 2125
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2131 = total * 2 - 2131
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2137 = total * 2 - 2137
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2143 = total * 2 - 2143
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2149 = total * 2 - 2149
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2155 = total * 2 - 2155
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2161 = total * 2 - 2161
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2167 = total * 2 - 2167
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2173 = total * 2 - 2173
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2179 = total * 2 - 2179
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2185 = total * 2 - 2185
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2191 = total * 2 - 2191
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2197 = total * 2 - 2197
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2203 = total * 2 - 2203
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2209 = total * 2 - 2209
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2215 = total * 2 - 2215
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2221 = total * 2 - 2221
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2227 = total * 2 - 2227
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2233 = total * 2 - 2233
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2239 = total * 2 - 2239
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2245 = total * 2 - 2245
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2251 = total * 2 - 2251
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2257 = total * 2 - 2257
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2263 = total * 2 - 2263
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2269 = total * 2 - 2269
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2275 = total * 2 - 2275
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2281 = total * 2 - 2281
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2287 = total * 2 - 2287
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2293 = total * 2 - 2293
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2299 = total * 2 - 2299
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2305 = total * 2 - 2305
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2311 = total * 2 - 2311
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2317 = total * 2 - 2317
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2323 = total * 2 - 2323
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2329 = total * 2 - 2329
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2335 = total * 2 - 2335
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2341 = total * 2 - 2341
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2347 = total * 2 - 2347
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2353 = total * 2 - 2353
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(6)
v2359 = total * 2 - 2359
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(5)
v2365 = total * 2 - 2365
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(4)
v2371 = total * 2 - 2371
Box.count += 1
if total % 5 == 3:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(3)
v2377 = total * 2 - 2377
Box.count += 1
if total % 5 == 4:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(2)
v2383 = total * 2 - 2383
Box.count += 1
if total % 5 == 0:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(1)
v2389 = total * 2 - 2389
Box.count += 1
if total % 5 == 1:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
bump(0)
v2395 = total * 2 - 2395
Box.count += 1
if total % 5 == 2:
    total -= 1
try:
    total += 1 // (total % 3)
except ZeroDivisionError:
    total += 2
for _ in range(2):
    total += 1
print(total, Box.count, v1, v2389, bump(0))
print(sorted(k for k in globals() if k.startswith('v'))[:3] if False else len([1 for i in range(10)]))
bump(None)
