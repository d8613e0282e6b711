# Formatting fixed instants with time.strftime under TZ=UTC: a table of
# directives over dates chosen for edge cases (leap days, week 0/53, the
# epoch, year 2038, before 1970), and the struct_time fields behind them.
import time

instants = [0, 951782400, 1078012800, 1293753600, 1609459199, 2147483647, -86400 * 365, 1700000000]
for t in instants:
    st = time.gmtime(t)
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B", st))
    print("   ", time.strftime("doy=%j U=%U W=%W w=%w u=%u V=%V G=%G y=%y I=%I %p", st), st.tm_yday, st.tm_wday)
print(time.strftime("%D %T %R %e|%n|%t|%h %C", time.gmtime(1234567890)))
print(time.strftime("%%Y is %Y; literal text; 100%%", time.gmtime(0)))
print(time.strftime("%c", time.gmtime(1e9)), "|", time.strftime("%x %X", time.gmtime(1e9)))
print(time.asctime(time.gmtime(2147483647)), time.ctime(86400 * 366))
st = time.gmtime(1718000000)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(time.mktime(st), time.mktime(time.localtime(1718000000)) == 1718000000)
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print([days[time.gmtime(86400 * d).tm_wday] for d in range(7)])
month_starts = [time.strftime("%b:%a", time.gmtime(time.mktime((2024, m, 1, 0, 0, 0, 0, 0, 0)))) for m in range(1, 13)]
print(month_starts)
