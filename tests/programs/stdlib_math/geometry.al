# A small geometry toolkit on math: distances, polygon area and perimeter,
# angles in degrees, circle through three points, rounding with isclose, and
# the domain errors a careless caller gets.
import math


def polygon(points):
    n = len(points)
    area = sum(points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1] for i in range(n)) / 2
    perim = sum(math.dist(points[i], points[(i + 1) % n]) for i in range(n))
    return abs(area), perim


def angle(a, b, c):
    ab = (a[0] - b[0], a[1] - b[1])
    cb = (c[0] - b[0], c[1] - b[1])
    cos = (ab[0] * cb[0] + ab[1] * cb[1]) / (math.hypot(*ab) * math.hypot(*cb))
    return math.degrees(math.acos(cos))


def circumcircle(a, b, c):
    d = 2 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]))
    ux = ((a[0] ** 2 + a[1] ** 2) * (b[1] - c[1]) + (b[0] ** 2 + b[1] ** 2) * (c[1] - a[1]) + (c[0] ** 2 + c[1] ** 2) * (a[1] - b[1])) / d
    uy = ((a[0] ** 2 + a[1] ** 2) * (c[0] - b[0]) + (b[0] ** 2 + b[1] ** 2) * (a[0] - c[0]) + (c[0] ** 2 + c[1] ** 2) * (b[0] - a[0])) / d
    return (ux, uy), math.dist((ux, uy), a)


square = [(0, 0), (2, 0), (2, 2), (0, 2)]
hexagon = [(math.cos(math.tau * k / 6), math.sin(math.tau * k / 6)) for k in range(6)]
print(polygon(square), polygon(hexagon))
print(math.isclose(polygon(hexagon)[0], 3 * math.sqrt(3) / 2), math.isclose(polygon(hexagon)[1], 6))
print(angle((1, 0), (0, 0), (0, 1)), round(angle((1, 0), (0, 0), (1, 1)), 10))
centre, r = circumcircle((0, 0), (4, 0), (0, 3))
print(centre, r, math.isclose(r, 2.5, rel_tol=1e-12))
for deg in [0, 30, 45, 90, 180, 270]:
    rad = math.radians(deg)
    print(f"{deg:>3} {rad:.6f} sin={math.sin(rad):+.4f} cos={math.cos(rad):+.4f} atan2={math.degrees(math.atan2(math.sin(rad), math.cos(rad))):+.1f}")
print(math.hypot(3, 4, 12), math.dist((1, 2, 3), (4, 6, 3)), math.hypot())
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.fabs(-0.0), math.copysign(3, -0.0))
for f, args in [(math.acos, (1.5,)), (math.sqrt, (-1,)), (math.log, (0,)), (math.dist, ((1, 2), (1, 2, 3))),
                (math.atan2, ("1", 2)), (math.hypot, (1, "x")), (math.degrees, (None,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
