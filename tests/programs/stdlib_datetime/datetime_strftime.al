# strftime: every directive glibc has, %f %z %Z done by datetime itself.
from datetime import datetime, timezone, timedelta, tzinfo

class Odd(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2, seconds=5)
    def dst(self, dt):
        return timedelta(hours=1)
    def tzname(self, dt):
        return "O%Z"

dt = datetime(2021, 12, 31, 23, 59, 58, 123456)
print(dt.strftime("%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %%"))
print(dt.strftime("%G %V %u %e %C %D %F %g %h %k %l %n %r %R %s %t %T"))
print(dt.strftime("%-d %_m %0e %^a %#b %4Y"))
aware = dt.replace(tzinfo=timezone(timedelta(hours=-5, minutes=-30), "EST"))
print(aware.strftime("%z %Z %f"), dt.replace(tzinfo=timezone.utc).strftime("%z %Z"))
print(dt.replace(tzinfo=Odd()).strftime("%z|%Z|%%Z"))
print(repr(dt.strftime("")), repr(dt.strftime("%")), repr(dt.strftime("a%Qb")), repr(dt.strftime("a\x00b")))
print(datetime(5, 1, 1).strftime("%Y %y %C %G"), datetime(999, 3, 4).strftime("%Y"))
print(format(dt, "%Y"), f"{dt:%H:%M}", "{:%d}".format(dt), f"{dt}", format(dt, ""))
