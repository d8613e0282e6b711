# quick: 300
# Planets pulling on each other, stepped with a symplectic integrator;
# distances with `** 0.5`. nbody_math.al is the same program with
# `math.sqrt` and `from math import sqrt`; they should run equally fast.
import sys

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
YEAR = 365.24

# x, y, z, vx, vy, vz (per year), mass (in solar masses)
PLANETS = [
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    (4.84143144246472090, -1.16032004402742839, -0.103622044471123109,
     0.00166007664274403694, 0.00769901118419740425, -0.0000690460016972063023,
     0.000954791938424326609),
    (8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
     -0.00276742510726862411, 0.00499852801234917238, 0.0000230417297573763929,
     0.000285885980666130812),
    (12.8943695621391310, -15.1111514016986312, -0.223307578892655734,
     0.00296460137564761618, 0.00237847173959480950, -0.0000296589568540237556,
     0.0000436624404335156298),
    (15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
     0.00268067772490389322, 0.00162824170038242295, -0.0000951592254519715870,
     0.0000515138902046611451),
]


def bodies():
    out = []
    for x, y, z, vx, vy, vz, m in PLANETS:
        out.append([x, y, z, vx * YEAR, vy * YEAR, vz * YEAR, m * SOLAR_MASS])
    px = py = pz = 0.0
    for b in out:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    out[0][3] = -px / SOLAR_MASS
    out[0][4] = -py / SOLAR_MASS
    out[0][5] = -pz / SOLAR_MASS
    return out


def energy(bs):
    e = 0.0
    for i in range(len(bs)):
        b = bs[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, len(bs)):
            c = bs[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bs, dt, steps):
    n = len(bs)
    for _ in range(steps):
        for i in range(n):
            b = bs[i]
            for j in range(i + 1, n):
                c = bs[j]
                dx = b[0] - c[0]
                dy = b[1] - c[1]
                dz = b[2] - c[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                b[3] -= dx * c[6] * mag
                b[4] -= dy * c[6] * mag
                b[5] -= dz * c[6] * mag
                c[3] += dx * b[6] * mag
                c[4] += dy * b[6] * mag
                c[5] += dz * b[6] * mag
        for b in bs:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bs = bodies()
print(f"{energy(bs):.9f}")
advance(bs, 0.01, int(sys.argv[1]) if len(sys.argv) > 1 else 300_000)
print(f"{energy(bs):.9f}")
