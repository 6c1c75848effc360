# Mutant: the exact square test is right, but the pair records the sum total (= m^2) instead of its root m, a slip between "the square" and "the side of the square".
def square_pyramids(n_max: int) -> list:
    """Pairs (n, m), 1 <= n <= n_max, with 1^2 + ... + n^2 == m^2."""
    pairs = []
    total = 0
    for n in range(1, n_max + 1):
        total += n * n
        m = math.isqrt(total)
        if m * m == total:
            pairs.append((n, total))
    return pairs
