# Large sets: membership checks, sizes and order of a prefix, with ints and strings.
nums = set(range(0, 5000, 3))
print(len(nums), 2999 in nums, 3000 in nums, 4998 in nums, -3 in nums)
hits = sum(1 for i in range(5000) if i in nums)
print(hits)
strs = {str(i) for i in range(500)}
print(len(strs), "499" in strs, "500" in strs)
print(list(strs)[:12])
mixed = {i if i % 2 else str(i) for i in range(30)}
print(mixed)
