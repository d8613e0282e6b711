# `if __name__ == "__main__":` runs in the program, not in imported modules.
import main_guard_helper


def main():
    print("main runs,", main_guard_helper.main(), main_guard_helper.__name__)


if __name__ == "__main__":
    main()
