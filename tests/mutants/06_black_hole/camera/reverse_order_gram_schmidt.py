# Mutant: Gram-Schmidt in the order z, y, x, t (the spatial vectors first, time last), then the columns put back in the order e_0..e_3: an orthonormal frame with E^T g E = eta, but lower triangular, not the frame of t, x, y, z in this order.
def camera_frame(g):
    """Columns e_0..e_3: Gram-Schmidt of the coordinate basis with the metric g, so that E^T g E = eta."""
    g = np.asarray(g, dtype=float)
    found = {}
    for a in (3, 2, 1, 0):
        w = np.eye(4)[a]
        for mu, e in found.items():
            w = w - ETA[mu, mu] * (e @ g @ w) * e
        found[a] = w / np.sqrt(abs(w @ g @ w))
    return np.stack([found[a] for a in range(4)], axis=1)
