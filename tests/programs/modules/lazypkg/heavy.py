print("  lazypkg.heavy runs"); SIZE = 10 ** 6
