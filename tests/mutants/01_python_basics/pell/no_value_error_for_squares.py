# Mutant: the student does not handle perfect squares and, to avoid an endless loop, searches a bounded range and returns None when nothing is found instead of raising ValueError.
def smallest_pell(d: int) -> tuple:
    """Smallest positive solution (a, b) of d*a**2 + 1 == b**2."""
    for a in range(1, 100_000):
        b_squared = d * a * a + 1
        b = math.isqrt(b_squared)
        if b * b == b_squared:
            return a, b
    return None
