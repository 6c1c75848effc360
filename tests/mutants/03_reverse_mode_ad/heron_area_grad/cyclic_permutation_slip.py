# Mutant: in writing the formula 'cyclically' for d2 the squares are permuted wrongly: d2 (d2^2 + d3^2 - d1^2) instead of d2 (d1^2 + d3^2 - d2^2).
def grad_heron_area(d1, d2, d3, s_area):
    """(s_d1, s_d2, s_d3) for area = heron_area(d1, d2, d3), given s_area."""
    area = heron_area(d1, d2, d3)
    s_over_8a = s_area / (8 * area)
    s_d1 = s_over_8a * d1 * (d2 * d2 + d3 * d3 - d1 * d1)
    s_d2 = s_over_8a * d2 * (d2 * d2 + d3 * d3 - d1 * d1)
    s_d3 = s_over_8a * d3 * (d1 * d1 + d2 * d2 - d3 * d3)
    return s_d1, s_d2, s_d3
