def main():
    return "helper main"


if __name__ == "__main__":
    print("never printed: the helper is imported")
