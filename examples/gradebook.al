# A gradebook: students and their marks as dataclasses, a report sorted by
# average, a JSON export and a per-course summary. Try:
#   alc examples/gradebook.al -o gradebook && ./gradebook
import json
from collections import defaultdict
from dataclasses import dataclass, field, asdict


def mean(values):
    values = list(values)
    return sum(values) / len(values)



@dataclass(frozen=True, order=True)
class Course:
    code: str
    title: str = field(compare=False)


@dataclass
class Student:
    name: str
    marks: dict = field(default_factory=dict)

    def grade(self, course, mark):
        if not 0 <= mark <= 100:
            raise ValueError(f"mark out of range for {self.name}: {mark}")
        self.marks[course] = mark
        return self

    @property
    def average(self):
        return round(mean(self.marks.values()), 1) if self.marks else 0.0


maths = Course("MA101", "Calculus")
prog = Course("CS102", "Programming")
hist = Course("HI110", "Modern History")
students = [
    Student("Ada").grade(maths, 91).grade(prog, 98),
    Student("Brook").grade(maths, 67).grade(hist, 74).grade(prog, 80),
    Student("Chen").grade(hist, 88),
    Student("Dana"),
]
try:
    students[3].grade(prog, 120)
except ValueError as e:
    print("rejected:", e)
students[3].grade(prog, 72)

print(f"{'student':<8} {'avg':>5}  courses")
for s in sorted(students, key=lambda s: (-s.average, s.name)):
    codes = ", ".join(c.code for c in sorted(s.marks))
    print(f"{s.name:<8} {s.average:>5}  {codes}")

by_course = defaultdict(list)
for s in students:
    for course, mark in s.marks.items():
        by_course[course].append(mark)
for course in sorted(by_course):
    marks = by_course[course]
    print(f"{course.code} {course.title:<15} n={len(marks)} best={max(marks)}")

export = [{"name": s.name, "marks": {c.code: m for c, m in s.marks.items()}}
          for s in students]
print(json.dumps(export[:2], indent=1))
print(asdict(maths))
