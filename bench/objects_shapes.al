# quick: 2000
# Objects: a small class hierarchy with overridden methods, properties,
# operator overloading on a vector class, and instance attribute updates
# in a particle simulation.
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s:%d" % (self.name, int(self.area()))


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    @property
    def perimeter(self):
        return 2 * 3.14159 * self.r


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.bounces = 0

    def step(self, dt):
        self.pos = self.pos + self.vel * dt
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.bounces += 1
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.bounces += 1


def shapes(n):
    out = []
    for i in range(n):
        k = i % 3
        if k == 0:
            out.append(Rect(i % 7 + 1, i % 5 + 1))
        elif k == 1:
            out.append(Square(i % 9 + 1))
        else:
            out.append(Circle(i % 4 + 1))
    total = 0.0
    per = 0.0
    names = {}
    for s in out:
        total += s.area()
        per += s.perimeter
        d = s.describe()
        names[d] = names.get(d, 0) + 1
    return round(total, 3), round(per, 3), len(names)


def simulate(n, steps):
    ps = [Particle(Vec(i % 100, (i * 37) % 100), Vec((i % 7) - 3.0, (i % 5) - 2.0))
          for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step(0.5)
    energy = sum(p.vel.dot(p.vel) for p in ps)
    return sum(p.bounces for p in ps), round(energy, 6)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
print(shapes(n))
print(simulate(n // 100, 400))
