# Mutant: the closed-form partial derivatives are returned without multiplying by the incoming sensitivity s_area, i.e. the seed 1 is assumed.
def grad_heron_area(d1, d2, d3, s_area):
    """(s_d1, s_d2, s_d3) for area = heron_area(d1, d2, d3), given s_area."""
    area = heron_area(d1, d2, d3)
    s_over_8a = 1 / (8 * area)
    s_d1 = s_over_8a * d1 * (d2 * d2 + d3 * d3 - d1 * d1)
    s_d2 = s_over_8a * d2 * (d1 * d1 + d3 * d3 - d2 * d2)
    s_d3 = s_over_8a * d3 * (d1 * d1 + d2 * d2 - d3 * d3)
    return s_d1, s_d2, s_d3
