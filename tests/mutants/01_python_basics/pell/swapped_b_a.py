# Mutant: the pair is returned as (b, a), the order in which Pell's equation b^2 - d a^2 = 1 is usually written.
def smallest_pell(d: int) -> tuple:
    """Smallest positive solution (a, b) of d*a**2 + 1 == b**2."""
    if math.isqrt(d) ** 2 == d:
        raise ValueError(f"d = {d} is a perfect square: no solution with a > 0")
    for a in itertools.count(1):
        b_squared = d * a * a + 1
        b = math.isqrt(b_squared)
        if b * b == b_squared:
            return b, a
