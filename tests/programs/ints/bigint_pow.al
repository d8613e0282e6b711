# Powers with big results, negative exponents and pow with modulus.
print(2 ** 64, 2 ** 100, 3 ** 50, (-3) ** 41, (-2) ** 64)
print(10 ** 50)
print(7 ** 77)
print(2 ** -2, 10 ** -5, (-2) ** -3)
print(pow(2, 100), pow(3, 200, 1000), pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(-5, 3, 7), pow(5, 3, -7), pow(-5, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 11), pow(123456789, -1, 1000000007))
print(pow(2 ** 70, 3, 2 ** 65 + 3), pow(10 ** 20, 10 ** 5, 998244353))
print(pow(0, 0), pow(0, 5), pow(1, 10 ** 10))
x = 2
for i in range(6):
    x = x ** 2
print(x)
print(len(str(2 ** 10000)), str(2 ** 10000)[:30])
