# Mutant: the student treats a one-ball "pyramid" as trivial and starts the search at n = 2, so the solution (1, 1) is missing.
def square_pyramids(n_max: int) -> list:
    """Pairs (n, m), 1 <= n <= n_max, with 1^2 + ... + n^2 == m^2."""
    pairs = []
    total = 1
    for n in range(2, n_max + 1):
        total += n * n
        m = math.isqrt(total)
        if m * m == total:
            pairs.append((n, m))
    return pairs
