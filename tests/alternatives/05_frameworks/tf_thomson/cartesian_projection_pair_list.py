# Alternative: BFGS over the 3n Cartesian coordinates, made scale-free by the projection inside the energy; the pairs i < j are gathered with np.triu_indices and the energy and gradient are one tf.function (one trace per n).
def thomson_energy(points):
    """Coulomb energy sum_{i<j} 1/|r_i - r_j| of the points projected onto the unit sphere (float64 tensor)."""
    r = tf.cast(points, tf.float64) if tf.is_tensor(points) or isinstance(points, tf.Variable) \
        else tf.constant(np.asarray(points, dtype=np.float64))
    unit = r / tf.sqrt(tf.reduce_sum(r ** 2, axis=1, keepdims=True))
    count = int(unit.shape[0])
    first, second = np.triu_indices(count, 1)
    gaps = tf.gather(unit, first) - tf.gather(unit, second)
    return tf.reduce_sum(1.0 / tf.sqrt(tf.reduce_sum(gaps ** 2, axis=1)))


@tf.function
def _energy_with_gradient(flat_points):
    with tf.GradientTape() as tape:
        tape.watch(flat_points)
        energy = thomson_energy(tf.reshape(flat_points, (-1, 3)))
    return energy, tape.gradient(energy, flat_points)


def thomson_minimum(n, seed=0):
    """(lowest energy, (n, 3) unit vectors) found by BFGS with TensorFlow gradients."""
    rng = np.random.default_rng(seed)

    def objective(flat):
        energy, gradient = _energy_with_gradient(tf.constant(flat))
        return energy.numpy(), gradient.numpy()

    results = [scipy.optimize.minimize(objective, rng.normal(size=3 * n), jac=True, method="BFGS",
                                       options={"gtol": 1e-9, "maxiter": 5000}) for _ in range(4)]
    best = min(results, key=lambda result: result.fun)
    points = best.x.reshape(n, 3)
    points = points / np.linalg.norm(points, axis=1, keepdims=True)
    return float(thomson_energy(points).numpy()), points
