import re
print(re.findall("[à-ÿ]+", "voilà déjà"))
print(re.findall("[一-龥]+", "中文 and 日本"))
print(re.findall("[^\\x00-\\x7f]", "aéb中"))
print(re.findall("(?i)[à-å]", "ÀÅæ"))
print(re.findall("[\\U0001F600-\\U0001F64F]", "hi 😀😂 x"))
