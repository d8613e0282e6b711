# input() reads lines from stdin (the .in file) without the trailing newline.
name = input()
n = int(input())
nums = [int(x) for x in input().split()]
print("hello,", name)
print("n squared:", n * n)
print("sum:", sum(nums), "max:", max(nums))
rest = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    rest.append(line)
print(rest)
