# The first program: alc hello.al -o hello && ./hello
name = "world"
print(f"Hello, {name}!")
