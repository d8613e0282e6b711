# time: clocks move forward and agree with each other; sleep waits.
import time

t0 = time.time()
n0 = time.time_ns()
m0 = time.monotonic()
p0 = time.perf_counter()
c0 = time.process_time()
print(type(t0).__name__, type(n0).__name__, t0 > 1.5e9, abs(n0 / 1e9 - t0) < 5)
time.sleep(0.05)
time.sleep(0)
print(time.monotonic() - m0 >= 0.05, time.perf_counter() - p0 >= 0.05)
print(time.monotonic_ns() >= int(m0 * 1e9) - 1000, time.perf_counter_ns() > 0)
x = 0
for i in range(200000):
    x += i
print(time.process_time() >= c0, time.process_time_ns() > 0, time.thread_time() >= 0)
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.5e9, time.clock_getres(time.CLOCK_MONOTONIC))
print(time.clock_gettime_ns(time.CLOCK_MONOTONIC) > 0, time.CLOCK_REALTIME, time.CLOCK_MONOTONIC)
lt = time.localtime()
print(lt.tm_year >= 2024, time.mktime(lt) <= time.time() + 1, len(time.ctime()), len(time.asctime()))
print(len(time.strftime("%Y-%m-%d")), time.gmtime().tm_year == time.localtime().tm_year)
