# Mutant: the area is recomputed with math.sqrt (as in the scalar exercises), which works for the floats of a single triangle but fails on arrays, though the statement asks for broadcasting arrays.
def grad_heron_area(d1, d2, d3, s_area):
    """(s_d1, s_d2, s_d3) for area = heron_area(d1, d2, d3), given s_area."""
    area = 0.25 * math.sqrt((d1 + d2 + d3) * (-d1 + d2 + d3) * (d1 - d2 + d3) * (d1 + d2 - d3))
    s_over_8a = s_area / (8 * area)
    s_d1 = s_over_8a * d1 * (d2 * d2 + d3 * d3 - d1 * d1)
    s_d2 = s_over_8a * d2 * (d1 * d1 + d3 * d3 - d2 * d2)
    s_d3 = s_over_8a * d3 * (d1 * d1 + d2 * d2 - d3 * d3)
    return s_d1, s_d2, s_d3
