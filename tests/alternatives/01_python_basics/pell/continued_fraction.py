# Alternative: the continued fraction of sqrt(d): the convergents p/q are tried in turn, and the first with p^2 - d q^2 = 1 is the fundamental (smallest) solution
def smallest_pell(d: int) -> tuple:
    """Smallest positive solution (a, b) of d*a**2 + 1 == b**2."""
    root = math.isqrt(d)
    if root * root == d:
        raise ValueError(f"{d} is a perfect square")
    m, denominator, term = 0, 1, root
    p_previous, p = 1, root
    q_previous, q = 0, 1
    while p * p - d * q * q != 1:
        m = denominator * term - m
        denominator = (d - m * m) // denominator
        term = (root + m) // denominator
        p_previous, p = p, term * p + p_previous
        q_previous, q = q, term * q + q_previous
    return (q, p)
