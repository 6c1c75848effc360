# Alternative: per ray, the roots of g_tt t^2 + 2 g_ti v^i t + (g_ij v^i v^j - norm) by numpy.roots (eigenvalues
# of the companion matrix), keeping the positive real one.
def fix_time_component(g, v, norm):
    """v with its time component replaced so that g(v, v) = norm and v^t > 0."""
    g = np.asarray(g, dtype=float)
    fixed = np.array(v, dtype=float)
    norms = np.broadcast_to(np.asarray(norm, dtype=float), (len(fixed),))
    for k in range(len(fixed)):
        w = fixed[k, 1:]
        coefficients = [g[k, 0, 0], g[k, 0, 1:] @ w + w @ g[k, 1:, 0], w @ g[k, 1:, 1:] @ w - norms[k]]
        roots = np.roots(coefficients)
        fixed[k, 0] = np.max(roots.real)      # a < 0 < c: one root positive, the other negative
    return fixed
