# Alternative: the closed form n (n + 1) (2n + 1) / 6 for the sum in exact integers, math.isqrt for the square test, and each pair as a two-element list
def square_pyramids(n_max: int) -> list:
    """Pairs (n, m), 1 <= n <= n_max, with 1^2 + ... + n^2 == m^2."""
    found = []
    for n in range(1, n_max + 1):
        total = n * (n + 1) * (2 * n + 1) // 6
        m = math.isqrt(total)
        if m * m == total:
            found.append([n, m])
    return found
