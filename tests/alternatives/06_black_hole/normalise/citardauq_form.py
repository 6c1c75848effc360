# Alternative: the other stable form of the quadratic formula, v^t = 2c / (-b + sqrt(b^2 - 4ac)) (a < 0 < c, so
# the denominator is positive and the root future-pointing), with the coefficients from plain matrix products.
def fix_time_component(g, v, norm):
    """v with its time component replaced so that g(v, v) = norm and v^t > 0."""
    g = np.asarray(g, dtype=float)
    out = np.array(v, dtype=float, copy=True)
    spatial = out[:, 1:]
    a = g[:, 0, 0]
    b = 2.0 * (g[:, 0, 1:] * spatial).sum(axis=1)
    c = (spatial[:, :, None] * g[:, 1:, 1:] * spatial[:, None, :]).sum(axis=(1, 2)) - np.broadcast_to(
        np.asarray(norm, dtype=float), a.shape)
    out[:, 0] = 2.0 * c / (-b + np.sqrt(b * b - 4.0 * a * c))
    return out
