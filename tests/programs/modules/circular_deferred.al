# Two ways to live with an import cycle: modules that import each other at
# the top but touch each other's names only inside functions, and modules
# that import each other inside the functions that need them. Mutual
# recursion then works across modules whichever is imported first.
import parity_odd
import parity_even
import cyc_left

print([n for n in range(12) if parity_even.is_even(n)])
print(parity_odd.is_odd(7), parity_odd.is_odd(10), parity_even.is_even(0))
print("calls:", parity_even.calls, parity_odd.calls)

print(cyc_left.describe())
print(cyc_left.cyc_right.describe())
print(cyc_left.cyc_right.cyc_left is cyc_left)
print(cyc_left.ping(5))
