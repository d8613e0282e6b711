# Source lines with non-ASCII characters: columns are byte offsets in the
# table but markers count characters.
def grüße(name):
    return "Grüße, " + name + "!"


print(grüße("Zoë"))
message = "héllo wörld 日本" + grüße(None)
