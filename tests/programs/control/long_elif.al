# An if statement with 400 elif branches (CPython compiles ladders of a
# few thousand; the parser reads them in a loop).
def classify(x):
    if x == 0:
        return 'zero'
    elif x == 1:
        return 'n1'
    elif x == 2:
        return 'n2'
    elif x == 3:
        return 'n3'
    elif x == 4:
        return 'n4'
    elif x == 5:
        return 'n5'
    elif x == 6:
        return 'n6'
    elif x == 7:
        return 'n7'
    elif x == 8:
        return 'n8'
    elif x == 9:
        return 'n9'
    elif x == 10:
        return 'n10'
    elif x == 11:
        return 'n11'
    elif x == 12:
        return 'n12'
    elif x == 13:
        return 'n13'
    elif x == 14:
        return 'n14'
    elif x == 15:
        return 'n15'
    elif x == 16:
        return 'n16'
    elif x == 17:
        return 'n17'
    elif x == 18:
        return 'n18'
    elif x == 19:
        return 'n19'
    elif x == 20:
        return 'n20'
    elif x == 21:
        return 'n21'
    elif x == 22:
        return 'n22'
    elif x == 23:
        return 'n23'
    elif x == 24:
        return 'n24'
    elif x == 25:
        return 'n25'
    elif x == 26:
        return 'n26'
    elif x == 27:
        return 'n27'
    elif x == 28:
        return 'n28'
    elif x == 29:
        return 'n29'
    elif x == 30:
        return 'n30'
    elif x == 31:
        return 'n31'
    elif x == 32:
        return 'n32'
    elif x == 33:
        return 'n33'
    elif x == 34:
        return 'n34'
    elif x == 35:
        return 'n35'
    elif x == 36:
        return 'n36'
    elif x == 37:
        return 'n37'
    elif x == 38:
        return 'n38'
    elif x == 39:
        return 'n39'
    elif x == 40:
        return 'n40'
    elif x == 41:
        return 'n41'
    elif x == 42:
        return 'n42'
    elif x == 43:
        return 'n43'
    elif x == 44:
        return 'n44'
    elif x == 45:
        return 'n45'
    elif x == 46:
        return 'n46'
    elif x == 47:
        return 'n47'
    elif x == 48:
        return 'n48'
    elif x == 49:
        return 'n49'
    elif x == 50:
        return 'n50'
    elif x == 51:
        return 'n51'
    elif x == 52:
        return 'n52'
    elif x == 53:
        return 'n53'
    elif x == 54:
        return 'n54'
    elif x == 55:
        return 'n55'
    elif x == 56:
        return 'n56'
    elif x == 57:
        return 'n57'
    elif x == 58:
        return 'n58'
    elif x == 59:
        return 'n59'
    elif x == 60:
        return 'n60'
    elif x == 61:
        return 'n61'
    elif x == 62:
        return 'n62'
    elif x == 63:
        return 'n63'
    elif x == 64:
        return 'n64'
    elif x == 65:
        return 'n65'
    elif x == 66:
        return 'n66'
    elif x == 67:
        return 'n67'
    elif x == 68:
        return 'n68'
    elif x == 69:
        return 'n69'
    elif x == 70:
        return 'n70'
    elif x == 71:
        return 'n71'
    elif x == 72:
        return 'n72'
    elif x == 73:
        return 'n73'
    elif x == 74:
        return 'n74'
    elif x == 75:
        return 'n75'
    elif x == 76:
        return 'n76'
    elif x == 77:
        return 'n77'
    elif x == 78:
        return 'n78'
    elif x == 79:
        return 'n79'
    elif x == 80:
        return 'n80'
    elif x == 81:
        return 'n81'
    elif x == 82:
        return 'n82'
    elif x == 83:
        return 'n83'
    elif x == 84:
        return 'n84'
    elif x == 85:
        return 'n85'
    elif x == 86:
        return 'n86'
    elif x == 87:
        return 'n87'
    elif x == 88:
        return 'n88'
    elif x == 89:
        return 'n89'
    elif x == 90:
        return 'n90'
    elif x == 91:
        return 'n91'
    elif x == 92:
        return 'n92'
    elif x == 93:
        return 'n93'
    elif x == 94:
        return 'n94'
    elif x == 95:
        return 'n95'
    elif x == 96:
        return 'n96'
    elif x == 97:
        return 'n97'
    elif x == 98:
        return 'n98'
    elif x == 99:
        return 'n99'
    elif x == 100:
        return 'n100'
    elif x == 101:
        return 'n101'
    elif x == 102:
        return 'n102'
    elif x == 103:
        return 'n103'
    elif x == 104:
        return 'n104'
    elif x == 105:
        return 'n105'
    elif x == 106:
        return 'n106'
    elif x == 107:
        return 'n107'
    elif x == 108:
        return 'n108'
    elif x == 109:
        return 'n109'
    elif x == 110:
        return 'n110'
    elif x == 111:
        return 'n111'
    elif x == 112:
        return 'n112'
    elif x == 113:
        return 'n113'
    elif x == 114:
        return 'n114'
    elif x == 115:
        return 'n115'
    elif x == 116:
        return 'n116'
    elif x == 117:
        return 'n117'
    elif x == 118:
        return 'n118'
    elif x == 119:
        return 'n119'
    elif x == 120:
        return 'n120'
    elif x == 121:
        return 'n121'
    elif x == 122:
        return 'n122'
    elif x == 123:
        return 'n123'
    elif x == 124:
        return 'n124'
    elif x == 125:
        return 'n125'
    elif x == 126:
        return 'n126'
    elif x == 127:
        return 'n127'
    elif x == 128:
        return 'n128'
    elif x == 129:
        return 'n129'
    elif x == 130:
        return 'n130'
    elif x == 131:
        return 'n131'
    elif x == 132:
        return 'n132'
    elif x == 133:
        return 'n133'
    elif x == 134:
        return 'n134'
    elif x == 135:
        return 'n135'
    elif x == 136:
        return 'n136'
    elif x == 137:
        return 'n137'
    elif x == 138:
        return 'n138'
    elif x == 139:
        return 'n139'
    elif x == 140:
        return 'n140'
    elif x == 141:
        return 'n141'
    elif x == 142:
        return 'n142'
    elif x == 143:
        return 'n143'
    elif x == 144:
        return 'n144'
    elif x == 145:
        return 'n145'
    elif x == 146:
        return 'n146'
    elif x == 147:
        return 'n147'
    elif x == 148:
        return 'n148'
    elif x == 149:
        return 'n149'
    elif x == 150:
        return 'n150'
    elif x == 151:
        return 'n151'
    elif x == 152:
        return 'n152'
    elif x == 153:
        return 'n153'
    elif x == 154:
        return 'n154'
    elif x == 155:
        return 'n155'
    elif x == 156:
        return 'n156'
    elif x == 157:
        return 'n157'
    elif x == 158:
        return 'n158'
    elif x == 159:
        return 'n159'
    elif x == 160:
        return 'n160'
    elif x == 161:
        return 'n161'
    elif x == 162:
        return 'n162'
    elif x == 163:
        return 'n163'
    elif x == 164:
        return 'n164'
    elif x == 165:
        return 'n165'
    elif x == 166:
        return 'n166'
    elif x == 167:
        return 'n167'
    elif x == 168:
        return 'n168'
    elif x == 169:
        return 'n169'
    elif x == 170:
        return 'n170'
    elif x == 171:
        return 'n171'
    elif x == 172:
        return 'n172'
    elif x == 173:
        return 'n173'
    elif x == 174:
        return 'n174'
    elif x == 175:
        return 'n175'
    elif x == 176:
        return 'n176'
    elif x == 177:
        return 'n177'
    elif x == 178:
        return 'n178'
    elif x == 179:
        return 'n179'
    elif x == 180:
        return 'n180'
    elif x == 181:
        return 'n181'
    elif x == 182:
        return 'n182'
    elif x == 183:
        return 'n183'
    elif x == 184:
        return 'n184'
    elif x == 185:
        return 'n185'
    elif x == 186:
        return 'n186'
    elif x == 187:
        return 'n187'
    elif x == 188:
        return 'n188'
    elif x == 189:
        return 'n189'
    elif x == 190:
        return 'n190'
    elif x == 191:
        return 'n191'
    elif x == 192:
        return 'n192'
    elif x == 193:
        return 'n193'
    elif x == 194:
        return 'n194'
    elif x == 195:
        return 'n195'
    elif x == 196:
        return 'n196'
    elif x == 197:
        return 'n197'
    elif x == 198:
        return 'n198'
    elif x == 199:
        return 'n199'
    elif x == 200:
        return 'n200'
    elif x == 201:
        return 'n201'
    elif x == 202:
        return 'n202'
    elif x == 203:
        return 'n203'
    elif x == 204:
        return 'n204'
    elif x == 205:
        return 'n205'
    elif x == 206:
        return 'n206'
    elif x == 207:
        return 'n207'
    elif x == 208:
        return 'n208'
    elif x == 209:
        return 'n209'
    elif x == 210:
        return 'n210'
    elif x == 211:
        return 'n211'
    elif x == 212:
        return 'n212'
    elif x == 213:
        return 'n213'
    elif x == 214:
        return 'n214'
    elif x == 215:
        return 'n215'
    elif x == 216:
        return 'n216'
    elif x == 217:
        return 'n217'
    elif x == 218:
        return 'n218'
    elif x == 219:
        return 'n219'
    elif x == 220:
        return 'n220'
    elif x == 221:
        return 'n221'
    elif x == 222:
        return 'n222'
    elif x == 223:
        return 'n223'
    elif x == 224:
        return 'n224'
    elif x == 225:
        return 'n225'
    elif x == 226:
        return 'n226'
    elif x == 227:
        return 'n227'
    elif x == 228:
        return 'n228'
    elif x == 229:
        return 'n229'
    elif x == 230:
        return 'n230'
    elif x == 231:
        return 'n231'
    elif x == 232:
        return 'n232'
    elif x == 233:
        return 'n233'
    elif x == 234:
        return 'n234'
    elif x == 235:
        return 'n235'
    elif x == 236:
        return 'n236'
    elif x == 237:
        return 'n237'
    elif x == 238:
        return 'n238'
    elif x == 239:
        return 'n239'
    elif x == 240:
        return 'n240'
    elif x == 241:
        return 'n241'
    elif x == 242:
        return 'n242'
    elif x == 243:
        return 'n243'
    elif x == 244:
        return 'n244'
    elif x == 245:
        return 'n245'
    elif x == 246:
        return 'n246'
    elif x == 247:
        return 'n247'
    elif x == 248:
        return 'n248'
    elif x == 249:
        return 'n249'
    elif x == 250:
        return 'n250'
    elif x == 251:
        return 'n251'
    elif x == 252:
        return 'n252'
    elif x == 253:
        return 'n253'
    elif x == 254:
        return 'n254'
    elif x == 255:
        return 'n255'
    elif x == 256:
        return 'n256'
    elif x == 257:
        return 'n257'
    elif x == 258:
        return 'n258'
    elif x == 259:
        return 'n259'
    elif x == 260:
        return 'n260'
    elif x == 261:
        return 'n261'
    elif x == 262:
        return 'n262'
    elif x == 263:
        return 'n263'
    elif x == 264:
        return 'n264'
    elif x == 265:
        return 'n265'
    elif x == 266:
        return 'n266'
    elif x == 267:
        return 'n267'
    elif x == 268:
        return 'n268'
    elif x == 269:
        return 'n269'
    elif x == 270:
        return 'n270'
    elif x == 271:
        return 'n271'
    elif x == 272:
        return 'n272'
    elif x == 273:
        return 'n273'
    elif x == 274:
        return 'n274'
    elif x == 275:
        return 'n275'
    elif x == 276:
        return 'n276'
    elif x == 277:
        return 'n277'
    elif x == 278:
        return 'n278'
    elif x == 279:
        return 'n279'
    elif x == 280:
        return 'n280'
    elif x == 281:
        return 'n281'
    elif x == 282:
        return 'n282'
    elif x == 283:
        return 'n283'
    elif x == 284:
        return 'n284'
    elif x == 285:
        return 'n285'
    elif x == 286:
        return 'n286'
    elif x == 287:
        return 'n287'
    elif x == 288:
        return 'n288'
    elif x == 289:
        return 'n289'
    elif x == 290:
        return 'n290'
    elif x == 291:
        return 'n291'
    elif x == 292:
        return 'n292'
    elif x == 293:
        return 'n293'
    elif x == 294:
        return 'n294'
    elif x == 295:
        return 'n295'
    elif x == 296:
        return 'n296'
    elif x == 297:
        return 'n297'
    elif x == 298:
        return 'n298'
    elif x == 299:
        return 'n299'
    elif x == 300:
        return 'n300'
    elif x == 301:
        return 'n301'
    elif x == 302:
        return 'n302'
    elif x == 303:
        return 'n303'
    elif x == 304:
        return 'n304'
    elif x == 305:
        return 'n305'
    elif x == 306:
        return 'n306'
    elif x == 307:
        return 'n307'
    elif x == 308:
        return 'n308'
    elif x == 309:
        return 'n309'
    elif x == 310:
        return 'n310'
    elif x == 311:
        return 'n311'
    elif x == 312:
        return 'n312'
    elif x == 313:
        return 'n313'
    elif x == 314:
        return 'n314'
    elif x == 315:
        return 'n315'
    elif x == 316:
        return 'n316'
    elif x == 317:
        return 'n317'
    elif x == 318:
        return 'n318'
    elif x == 319:
        return 'n319'
    elif x == 320:
        return 'n320'
    elif x == 321:
        return 'n321'
    elif x == 322:
        return 'n322'
    elif x == 323:
        return 'n323'
    elif x == 324:
        return 'n324'
    elif x == 325:
        return 'n325'
    elif x == 326:
        return 'n326'
    elif x == 327:
        return 'n327'
    elif x == 328:
        return 'n328'
    elif x == 329:
        return 'n329'
    elif x == 330:
        return 'n330'
    elif x == 331:
        return 'n331'
    elif x == 332:
        return 'n332'
    elif x == 333:
        return 'n333'
    elif x == 334:
        return 'n334'
    elif x == 335:
        return 'n335'
    elif x == 336:
        return 'n336'
    elif x == 337:
        return 'n337'
    elif x == 338:
        return 'n338'
    elif x == 339:
        return 'n339'
    elif x == 340:
        return 'n340'
    elif x == 341:
        return 'n341'
    elif x == 342:
        return 'n342'
    elif x == 343:
        return 'n343'
    elif x == 344:
        return 'n344'
    elif x == 345:
        return 'n345'
    elif x == 346:
        return 'n346'
    elif x == 347:
        return 'n347'
    elif x == 348:
        return 'n348'
    elif x == 349:
        return 'n349'
    elif x == 350:
        return 'n350'
    elif x == 351:
        return 'n351'
    elif x == 352:
        return 'n352'
    elif x == 353:
        return 'n353'
    elif x == 354:
        return 'n354'
    elif x == 355:
        return 'n355'
    elif x == 356:
        return 'n356'
    elif x == 357:
        return 'n357'
    elif x == 358:
        return 'n358'
    elif x == 359:
        return 'n359'
    elif x == 360:
        return 'n360'
    elif x == 361:
        return 'n361'
    elif x == 362:
        return 'n362'
    elif x == 363:
        return 'n363'
    elif x == 364:
        return 'n364'
    elif x == 365:
        return 'n365'
    elif x == 366:
        return 'n366'
    elif x == 367:
        return 'n367'
    elif x == 368:
        return 'n368'
    elif x == 369:
        return 'n369'
    elif x == 370:
        return 'n370'
    elif x == 371:
        return 'n371'
    elif x == 372:
        return 'n372'
    elif x == 373:
        return 'n373'
    elif x == 374:
        return 'n374'
    elif x == 375:
        return 'n375'
    elif x == 376:
        return 'n376'
    elif x == 377:
        return 'n377'
    elif x == 378:
        return 'n378'
    elif x == 379:
        return 'n379'
    elif x == 380:
        return 'n380'
    elif x == 381:
        return 'n381'
    elif x == 382:
        return 'n382'
    elif x == 383:
        return 'n383'
    elif x == 384:
        return 'n384'
    elif x == 385:
        return 'n385'
    elif x == 386:
        return 'n386'
    elif x == 387:
        return 'n387'
    elif x == 388:
        return 'n388'
    elif x == 389:
        return 'n389'
    elif x == 390:
        return 'n390'
    elif x == 391:
        return 'n391'
    elif x == 392:
        return 'n392'
    elif x == 393:
        return 'n393'
    elif x == 394:
        return 'n394'
    elif x == 395:
        return 'n395'
    elif x == 396:
        return 'n396'
    elif x == 397:
        return 'n397'
    elif x == 398:
        return 'n398'
    elif x == 399:
        return 'n399'
    else:
        return 'other'
print([classify(k) for k in (0, 1, 57, 399, 400, -1)])
y = 250
if y < 0:
    print('neg')
elif y < 10:
    print('below', 10)
elif y < 20:
    print('below', 20)
elif y < 30:
    print('below', 30)
elif y < 40:
    print('below', 40)
elif y < 50:
    print('below', 50)
elif y < 60:
    print('below', 60)
elif y < 70:
    print('below', 70)
elif y < 80:
    print('below', 80)
elif y < 90:
    print('below', 90)
elif y < 100:
    print('below', 100)
elif y < 110:
    print('below', 110)
elif y < 120:
    print('below', 120)
elif y < 130:
    print('below', 130)
elif y < 140:
    print('below', 140)
elif y < 150:
    print('below', 150)
elif y < 160:
    print('below', 160)
elif y < 170:
    print('below', 170)
elif y < 180:
    print('below', 180)
elif y < 190:
    print('below', 190)
elif y < 200:
    print('below', 200)
elif y < 210:
    print('below', 210)
elif y < 220:
    print('below', 220)
elif y < 230:
    print('below', 230)
elif y < 240:
    print('below', 240)
elif y < 250:
    print('below', 250)
elif y < 260:
    print('below', 260)
elif y < 270:
    print('below', 270)
elif y < 280:
    print('below', 280)
elif y < 290:
    print('below', 290)
elif y < 300:
    print('below', 300)
elif y < 310:
    print('below', 310)
elif y < 320:
    print('below', 320)
elif y < 330:
    print('below', 330)
elif y < 340:
    print('below', 340)
elif y < 350:
    print('below', 350)
elif y < 360:
    print('below', 360)
elif y < 370:
    print('below', 370)
elif y < 380:
    print('below', 380)
elif y < 390:
    print('below', 390)
elif y < 400:
    print('below', 400)
elif y < 410:
    print('below', 410)
elif y < 420:
    print('below', 420)
elif y < 430:
    print('below', 430)
elif y < 440:
    print('below', 440)
elif y < 450:
    print('below', 450)
elif y < 460:
    print('below', 460)
elif y < 470:
    print('below', 470)
elif y < 480:
    print('below', 480)
elif y < 490:
    print('below', 490)
elif y < 500:
    print('below', 500)
elif y < 510:
    print('below', 510)
elif y < 520:
    print('below', 520)
elif y < 530:
    print('below', 530)
elif y < 540:
    print('below', 540)
elif y < 550:
    print('below', 550)
elif y < 560:
    print('below', 560)
elif y < 570:
    print('below', 570)
elif y < 580:
    print('below', 580)
elif y < 590:
    print('below', 590)
elif y < 600:
    print('below', 600)
elif y < 610:
    print('below', 610)
elif y < 620:
    print('below', 620)
elif y < 630:
    print('below', 630)
elif y < 640:
    print('below', 640)
elif y < 650:
    print('below', 650)
elif y < 660:
    print('below', 660)
elif y < 670:
    print('below', 670)
elif y < 680:
    print('below', 680)
elif y < 690:
    print('below', 690)
elif y < 700:
    print('below', 700)
elif y < 710:
    print('below', 710)
elif y < 720:
    print('below', 720)
elif y < 730:
    print('below', 730)
elif y < 740:
    print('below', 740)
elif y < 750:
    print('below', 750)
elif y < 760:
    print('below', 760)
elif y < 770:
    print('below', 770)
elif y < 780:
    print('below', 780)
elif y < 790:
    print('below', 790)
elif y < 800:
    print('below', 800)
elif y < 810:
    print('below', 810)
elif y < 820:
    print('below', 820)
elif y < 830:
    print('below', 830)
elif y < 840:
    print('below', 840)
elif y < 850:
    print('below', 850)
elif y < 860:
    print('below', 860)
elif y < 870:
    print('below', 870)
elif y < 880:
    print('below', 880)
elif y < 890:
    print('below', 890)
elif y < 900:
    print('below', 900)
elif y < 910:
    print('below', 910)
elif y < 920:
    print('below', 920)
elif y < 930:
    print('below', 930)
elif y < 940:
    print('below', 940)
elif y < 950:
    print('below', 950)
elif y < 960:
    print('below', 960)
elif y < 970:
    print('below', 970)
elif y < 980:
    print('below', 980)
elif y < 990:
    print('below', 990)
elif y < 1000:
    print('below', 1000)
elif y < 1010:
    print('below', 1010)
elif y < 1020:
    print('below', 1020)
elif y < 1030:
    print('below', 1030)
elif y < 1040:
    print('below', 1040)
elif y < 1050:
    print('below', 1050)
elif y < 1060:
    print('below', 1060)
elif y < 1070:
    print('below', 1070)
elif y < 1080:
    print('below', 1080)
elif y < 1090:
    print('below', 1090)
elif y < 1100:
    print('below', 1100)
elif y < 1110:
    print('below', 1110)
elif y < 1120:
    print('below', 1120)
elif y < 1130:
    print('below', 1130)
elif y < 1140:
    print('below', 1140)
elif y < 1150:
    print('below', 1150)
elif y < 1160:
    print('below', 1160)
elif y < 1170:
    print('below', 1170)
elif y < 1180:
    print('below', 1180)
elif y < 1190:
    print('below', 1190)
elif y < 1200:
    print('below', 1200)
elif y < 1210:
    print('below', 1210)
elif y < 1220:
    print('below', 1220)
elif y < 1230:
    print('below', 1230)
elif y < 1240:
    print('below', 1240)
elif y < 1250:
    print('below', 1250)
elif y < 1260:
    print('below', 1260)
elif y < 1270:
    print('below', 1270)
elif y < 1280:
    print('below', 1280)
elif y < 1290:
    print('below', 1290)
elif y < 1300:
    print('below', 1300)
elif y < 1310:
    print('below', 1310)
elif y < 1320:
    print('below', 1320)
elif y < 1330:
    print('below', 1330)
elif y < 1340:
    print('below', 1340)
elif y < 1350:
    print('below', 1350)
elif y < 1360:
    print('below', 1360)
elif y < 1370:
    print('below', 1370)
elif y < 1380:
    print('below', 1380)
elif y < 1390:
    print('below', 1390)
elif y < 1400:
    print('below', 1400)
elif y < 1410:
    print('below', 1410)
elif y < 1420:
    print('below', 1420)
elif y < 1430:
    print('below', 1430)
elif y < 1440:
    print('below', 1440)
elif y < 1450:
    print('below', 1450)
elif y < 1460:
    print('below', 1460)
elif y < 1470:
    print('below', 1470)
elif y < 1480:
    print('below', 1480)
elif y < 1490:
    print('below', 1490)
elif y < 1500:
    print('below', 1500)
elif y < 1510:
    print('below', 1510)
elif y < 1520:
    print('below', 1520)
elif y < 1530:
    print('below', 1530)
elif y < 1540:
    print('below', 1540)
elif y < 1550:
    print('below', 1550)
elif y < 1560:
    print('below', 1560)
elif y < 1570:
    print('below', 1570)
elif y < 1580:
    print('below', 1580)
elif y < 1590:
    print('below', 1590)
elif y < 1600:
    print('below', 1600)
elif y < 1610:
    print('below', 1610)
elif y < 1620:
    print('below', 1620)
elif y < 1630:
    print('below', 1630)
elif y < 1640:
    print('below', 1640)
elif y < 1650:
    print('below', 1650)
elif y < 1660:
    print('below', 1660)
elif y < 1670:
    print('below', 1670)
elif y < 1680:
    print('below', 1680)
elif y < 1690:
    print('below', 1690)
elif y < 1700:
    print('below', 1700)
elif y < 1710:
    print('below', 1710)
elif y < 1720:
    print('below', 1720)
elif y < 1730:
    print('below', 1730)
elif y < 1740:
    print('below', 1740)
elif y < 1750:
    print('below', 1750)
elif y < 1760:
    print('below', 1760)
elif y < 1770:
    print('below', 1770)
elif y < 1780:
    print('below', 1780)
elif y < 1790:
    print('below', 1790)
elif y < 1800:
    print('below', 1800)
elif y < 1810:
    print('below', 1810)
elif y < 1820:
    print('below', 1820)
elif y < 1830:
    print('below', 1830)
elif y < 1840:
    print('below', 1840)
elif y < 1850:
    print('below', 1850)
elif y < 1860:
    print('below', 1860)
elif y < 1870:
    print('below', 1870)
elif y < 1880:
    print('below', 1880)
elif y < 1890:
    print('below', 1890)
elif y < 1900:
    print('below', 1900)
elif y < 1910:
    print('below', 1910)
elif y < 1920:
    print('below', 1920)
elif y < 1930:
    print('below', 1930)
elif y < 1940:
    print('below', 1940)
elif y < 1950:
    print('below', 1950)
elif y < 1960:
    print('below', 1960)
elif y < 1970:
    print('below', 1970)
elif y < 1980:
    print('below', 1980)
elif y < 1990:
    print('below', 1990)
elif y < 2000:
    print('below', 2000)
elif y < 2010:
    print('below', 2010)
elif y < 2020:
    print('below', 2020)
elif y < 2030:
    print('below', 2030)
elif y < 2040:
    print('below', 2040)
elif y < 2050:
    print('below', 2050)
elif y < 2060:
    print('below', 2060)
elif y < 2070:
    print('below', 2070)
elif y < 2080:
    print('below', 2080)
elif y < 2090:
    print('below', 2090)
elif y < 2100:
    print('below', 2100)
elif y < 2110:
    print('below', 2110)
elif y < 2120:
    print('below', 2120)
elif y < 2130:
    print('below', 2130)
elif y < 2140:
    print('below', 2140)
elif y < 2150:
    print('below', 2150)
elif y < 2160:
    print('below', 2160)
elif y < 2170:
    print('below', 2170)
elif y < 2180:
    print('below', 2180)
elif y < 2190:
    print('below', 2190)
elif y < 2200:
    print('below', 2200)
elif y < 2210:
    print('below', 2210)
elif y < 2220:
    print('below', 2220)
elif y < 2230:
    print('below', 2230)
elif y < 2240:
    print('below', 2240)
elif y < 2250:
    print('below', 2250)
elif y < 2260:
    print('below', 2260)
elif y < 2270:
    print('below', 2270)
elif y < 2280:
    print('below', 2280)
elif y < 2290:
    print('below', 2290)
elif y < 2300:
    print('below', 2300)
elif y < 2310:
    print('below', 2310)
elif y < 2320:
    print('below', 2320)
elif y < 2330:
    print('below', 2330)
elif y < 2340:
    print('below', 2340)
elif y < 2350:
    print('below', 2350)
elif y < 2360:
    print('below', 2360)
elif y < 2370:
    print('below', 2370)
elif y < 2380:
    print('below', 2380)
elif y < 2390:
    print('below', 2390)
elif y < 2400:
    print('below', 2400)
elif y < 2410:
    print('below', 2410)
elif y < 2420:
    print('below', 2420)
elif y < 2430:
    print('below', 2430)
elif y < 2440:
    print('below', 2440)
elif y < 2450:
    print('below', 2450)
elif y < 2460:
    print('below', 2460)
elif y < 2470:
    print('below', 2470)
elif y < 2480:
    print('below', 2480)
elif y < 2490:
    print('below', 2490)
elif y < 2500:
    print('below', 2500)
elif y < 2510:
    print('below', 2510)
elif y < 2520:
    print('below', 2520)
elif y < 2530:
    print('below', 2530)
elif y < 2540:
    print('below', 2540)
elif y < 2550:
    print('below', 2550)
elif y < 2560:
    print('below', 2560)
elif y < 2570:
    print('below', 2570)
elif y < 2580:
    print('below', 2580)
elif y < 2590:
    print('below', 2590)
elif y < 2600:
    print('below', 2600)
elif y < 2610:
    print('below', 2610)
elif y < 2620:
    print('below', 2620)
elif y < 2630:
    print('below', 2630)
elif y < 2640:
    print('below', 2640)
elif y < 2650:
    print('below', 2650)
elif y < 2660:
    print('below', 2660)
elif y < 2670:
    print('below', 2670)
elif y < 2680:
    print('below', 2680)
elif y < 2690:
    print('below', 2690)
elif y < 2700:
    print('below', 2700)
elif y < 2710:
    print('below', 2710)
elif y < 2720:
    print('below', 2720)
elif y < 2730:
    print('below', 2730)
elif y < 2740:
    print('below', 2740)
elif y < 2750:
    print('below', 2750)
elif y < 2760:
    print('below', 2760)
elif y < 2770:
    print('below', 2770)
elif y < 2780:
    print('below', 2780)
elif y < 2790:
    print('below', 2790)
elif y < 2800:
    print('below', 2800)
elif y < 2810:
    print('below', 2810)
elif y < 2820:
    print('below', 2820)
elif y < 2830:
    print('below', 2830)
elif y < 2840:
    print('below', 2840)
elif y < 2850:
    print('below', 2850)
elif y < 2860:
    print('below', 2860)
elif y < 2870:
    print('below', 2870)
elif y < 2880:
    print('below', 2880)
elif y < 2890:
    print('below', 2890)
elif y < 2900:
    print('below', 2900)
elif y < 2910:
    print('below', 2910)
elif y < 2920:
    print('below', 2920)
elif y < 2930:
    print('below', 2930)
elif y < 2940:
    print('below', 2940)
elif y < 2950:
    print('below', 2950)
elif y < 2960:
    print('below', 2960)
elif y < 2970:
    print('below', 2970)
elif y < 2980:
    print('below', 2980)
elif y < 2990:
    print('below', 2990)
elif y < 3000:
    print('below', 3000)
elif y < 3010:
    print('below', 3010)
elif y < 3020:
    print('below', 3020)
elif y < 3030:
    print('below', 3030)
elif y < 3040:
    print('below', 3040)
elif y < 3050:
    print('below', 3050)
elif y < 3060:
    print('below', 3060)
elif y < 3070:
    print('below', 3070)
elif y < 3080:
    print('below', 3080)
elif y < 3090:
    print('below', 3090)
elif y < 3100:
    print('below', 3100)
elif y < 3110:
    print('below', 3110)
elif y < 3120:
    print('below', 3120)
elif y < 3130:
    print('below', 3130)
elif y < 3140:
    print('below', 3140)
elif y < 3150:
    print('below', 3150)
elif y < 3160:
    print('below', 3160)
elif y < 3170:
    print('below', 3170)
elif y < 3180:
    print('below', 3180)
elif y < 3190:
    print('below', 3190)
elif y < 3200:
    print('below', 3200)
elif y < 3210:
    print('below', 3210)
elif y < 3220:
    print('below', 3220)
elif y < 3230:
    print('below', 3230)
elif y < 3240:
    print('below', 3240)
elif y < 3250:
    print('below', 3250)
elif y < 3260:
    print('below', 3260)
elif y < 3270:
    print('below', 3270)
elif y < 3280:
    print('below', 3280)
elif y < 3290:
    print('below', 3290)
elif y < 3300:
    print('below', 3300)
elif y < 3310:
    print('below', 3310)
elif y < 3320:
    print('below', 3320)
elif y < 3330:
    print('below', 3330)
elif y < 3340:
    print('below', 3340)
elif y < 3350:
    print('below', 3350)
elif y < 3360:
    print('below', 3360)
elif y < 3370:
    print('below', 3370)
elif y < 3380:
    print('below', 3380)
elif y < 3390:
    print('below', 3390)
elif y < 3400:
    print('below', 3400)
elif y < 3410:
    print('below', 3410)
elif y < 3420:
    print('below', 3420)
elif y < 3430:
    print('below', 3430)
elif y < 3440:
    print('below', 3440)
elif y < 3450:
    print('below', 3450)
elif y < 3460:
    print('below', 3460)
elif y < 3470:
    print('below', 3470)
elif y < 3480:
    print('below', 3480)
elif y < 3490:
    print('below', 3490)
elif y < 3500:
    print('below', 3500)
elif y < 3510:
    print('below', 3510)
elif y < 3520:
    print('below', 3520)
elif y < 3530:
    print('below', 3530)
elif y < 3540:
    print('below', 3540)
elif y < 3550:
    print('below', 3550)
elif y < 3560:
    print('below', 3560)
elif y < 3570:
    print('below', 3570)
elif y < 3580:
    print('below', 3580)
elif y < 3590:
    print('below', 3590)
elif y < 3600:
    print('below', 3600)
elif y < 3610:
    print('below', 3610)
elif y < 3620:
    print('below', 3620)
elif y < 3630:
    print('below', 3630)
elif y < 3640:
    print('below', 3640)
elif y < 3650:
    print('below', 3650)
elif y < 3660:
    print('below', 3660)
elif y < 3670:
    print('below', 3670)
elif y < 3680:
    print('below', 3680)
elif y < 3690:
    print('below', 3690)
elif y < 3700:
    print('below', 3700)
elif y < 3710:
    print('below', 3710)
elif y < 3720:
    print('below', 3720)
elif y < 3730:
    print('below', 3730)
elif y < 3740:
    print('below', 3740)
elif y < 3750:
    print('below', 3750)
elif y < 3760:
    print('below', 3760)
elif y < 3770:
    print('below', 3770)
elif y < 3780:
    print('below', 3780)
elif y < 3790:
    print('below', 3790)
elif y < 3800:
    print('below', 3800)
elif y < 3810:
    print('below', 3810)
elif y < 3820:
    print('below', 3820)
elif y < 3830:
    print('below', 3830)
elif y < 3840:
    print('below', 3840)
elif y < 3850:
    print('below', 3850)
elif y < 3860:
    print('below', 3860)
elif y < 3870:
    print('below', 3870)
elif y < 3880:
    print('below', 3880)
elif y < 3890:
    print('below', 3890)
elif y < 3900:
    print('below', 3900)
elif y < 3910:
    print('below', 3910)
elif y < 3920:
    print('below', 3920)
elif y < 3930:
    print('below', 3930)
elif y < 3940:
    print('below', 3940)
elif y < 3950:
    print('below', 3950)
elif y < 3960:
    print('below', 3960)
elif y < 3970:
    print('below', 3970)
elif y < 3980:
    print('below', 3980)
elif y < 3990:
    print('below', 3990)
else:
    print('big')
