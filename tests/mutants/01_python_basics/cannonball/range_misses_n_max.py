# Mutant: the loop runs over range(1, n_max), whose end is exclusive, so n = n_max itself is never tested.
def square_pyramids(n_max: int) -> list:
    """Pairs (n, m), 1 <= n <= n_max, with 1^2 + ... + n^2 == m^2."""
    pairs = []
    total = 0
    for n in range(1, n_max):
        total += n * n
        m = math.isqrt(total)
        if m * m == total:
            pairs.append((n, m))
    return pairs
