# Alternative: the recipe applied to the forward code (four factors, their product P, sqrt), no closed form
def grad_heron_area(d1, d2, d3, s_area):
    f1 = d1 + d2 + d3
    f2 = -d1 + d2 + d3
    f3 = d1 - d2 + d3
    f4 = d1 + d2 - d3
    P = f1 * f2 * f3 * f4
    root = np.sqrt(P)
    s_root = 0.25 * s_area
    s_P = s_root * 0.5 / root
    s_f1 = s_P * f2 * f3 * f4
    s_f2 = s_P * f1 * f3 * f4
    s_f3 = s_P * f1 * f2 * f4
    s_f4 = s_P * f1 * f2 * f3
    s_d1 = s_f1 - s_f2 + s_f3 + s_f4
    s_d2 = s_f1 + s_f2 - s_f3 + s_f4
    s_d3 = s_f1 + s_f2 + s_f3 - s_f4
    return s_d1, s_d2, s_d3
