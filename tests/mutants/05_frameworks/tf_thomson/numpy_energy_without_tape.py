# Mutant: the energy is computed in numpy and wrapped in a tf.constant, so no tape can differentiate it; the minimiser falls back on SciPy's finite differences.
def thomson_energy(points):
    """Coulomb energy sum_{i<j} 1/|r_i - r_j| of the points projected onto the unit sphere (float64 tensor)."""
    r = np.array(points, dtype=np.float64)
    r = r / np.linalg.norm(r, axis=1, keepdims=True)
    i, j = np.triu_indices(len(r), 1)
    return tf.constant(np.sum(1.0 / np.linalg.norm(r[i] - r[j], axis=1)), dtype=tf.float64)


def thomson_minimum(n, seed=0):
    """(lowest energy, (n, 3) unit vectors) found by BFGS with TensorFlow gradients."""
    def to_points(angles):
        theta, phi = angles[:, 0], angles[:, 1]
        return np.stack([np.sin(theta) * np.cos(phi), np.sin(theta) * np.sin(phi), np.cos(theta)], axis=1)

    rng = np.random.default_rng(seed)
    best = None
    for _ in range(3):
        start = rng.normal(size=(n, 3))
        start /= np.linalg.norm(start, axis=1, keepdims=True)
        angles = np.stack([np.arccos(start[:, 2]), np.arctan2(start[:, 1], start[:, 0])], axis=1)
        result = scipy.optimize.minimize(lambda a: float(thomson_energy(to_points(a.reshape(n, 2)))),
                                         angles.ravel(), method="BFGS", options={"gtol": 1e-8})
        if best is None or result.fun < best.fun:
            best = result
    points = to_points(best.x.reshape(n, 2))
    return float(thomson_energy(points)), points
