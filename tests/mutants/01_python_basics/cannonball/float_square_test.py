# Mutant: tests squares with floating point; math.sqrt rounds, so huge non-squares look like squares.
def square_pyramids(n_max: int) -> list:
    """Pairs (n, m), 1 <= n <= n_max, with 1^2 + ... + n^2 == m^2."""
    pairs = []
    total = 0
    for n in range(1, n_max + 1):
        total += n * n
        root = math.sqrt(total)
        if root.is_integer():
            pairs.append((n, int(root)))
    return pairs
