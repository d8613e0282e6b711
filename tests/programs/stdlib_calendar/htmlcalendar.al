# HTMLCalendar: months, years and the page.
import calendar

h = calendar.HTMLCalendar(3)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023, 4))
print(h.formatyearpage(2022)[:400])
print(h.formatyearpage(2022, css=None, encoding="ascii")[-120:])
print(h.formatweekday(2), h.formatday(0, 1), h.formatday(5, 6), h.formatweekheader())
class Styled(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "none"
print(Styled().formatweek([(0, 0), (1, 1), (2, 2)]))
