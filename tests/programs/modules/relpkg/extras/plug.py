print("relpkg.extras.plug init")


class Plug:
    name = "plug"
