# Builtins applied to lists: len sum min max sorted reversed enumerate zip any all list().
nums = [4, 8, 15, 16, 23, 42]
print(len(nums), sum(nums), min(nums), max(nums), sum(nums) / len(nums))
print(list(reversed(nums)), sorted(nums, reverse=True), nums)
print(list(enumerate(nums)), list(enumerate(nums, start=10))[:2])
print(list(zip(nums, "abcdef")), list(zip(nums, [1, 2])), list(zip()))
print(any(n > 40 for n in nums), all(n % 2 == 0 for n in nums), any([]), all([]))
print(list(map(lambda n: n * n, nums)), list(filter(lambda n: n % 2, nums)))
print(list(range(5)), list("xyz"), list((1, 2)), list({"a": 1, "b": 2}), list())
print(nums.index(max(nums)), [n for n in nums if n > 10][1:3])
cp = list(nums)
cp[0] = -1
print(cp[0], nums[0], cp == nums)
print(list(map(str, nums)), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30])))
