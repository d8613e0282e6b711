print("  lazypkg.light runs"); SIZE = 1
