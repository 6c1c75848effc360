# Mutant: the search starts at a = 0 (itertools.count() defaults to 0), which finds the trivial solution (0, 1) for every d.
def smallest_pell(d: int) -> tuple:
    """Smallest positive solution (a, b) of d*a**2 + 1 == b**2."""
    if math.isqrt(d) ** 2 == d:
        raise ValueError(f"d = {d} is a perfect square: no solution with a > 0")
    for a in itertools.count():
        b_squared = d * a * a + 1
        b = math.isqrt(b_squared)
        if b * b == b_squared:
            return a, b
