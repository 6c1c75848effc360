# Mutant: the points are not projected onto the unit sphere, so the energy depends on their distance from the origin.
def thomson_energy(points):
    """Coulomb energy sum_{i<j} 1/|r_i - r_j| of the points projected onto the unit sphere (float64 tensor)."""
    r = tf.convert_to_tensor(points, dtype_hint=tf.float64)
    r = tf.cast(r, tf.float64)
    n = tf.shape(r)[0]
    difference = r[:, None, :] - r[None, :, :]
    # 1 on the diagonal keeps 1/sqrt finite there (and its gradient); its n terms are removed again.
    squared = tf.reduce_sum(difference * difference, axis=-1) + tf.eye(n, dtype=tf.float64)
    return 0.5 * (tf.reduce_sum(tf.math.rsqrt(squared)) - tf.cast(n, tf.float64))


def thomson_minimum(n, seed=0):
    """(lowest energy, (n, 3) unit vectors) found by BFGS with TensorFlow gradients."""
    def to_points(angles):
        theta, phi = angles[:, 0], angles[:, 1]
        return tf.stack([tf.sin(theta) * tf.cos(phi), tf.sin(theta) * tf.sin(phi), tf.cos(theta)], axis=1)

    @tf.function(input_signature=[tf.TensorSpec([n, 2], tf.float64)])  # traced once; BFGS calls it often
    def graph_energy_and_gradient(angles):
        with tf.GradientTape() as tape:
            tape.watch(angles)
            energy = thomson_energy(to_points(angles))
        return energy, tape.gradient(energy, angles)

    def energy_and_gradient(flat):
        energy, gradient = graph_energy_and_gradient(tf.constant(flat.reshape(n, 2)))
        return float(energy), gradient.numpy().ravel()

    rng = np.random.default_rng(seed)
    best = None
    for _ in range(3):
        start = rng.normal(size=(n, 3))
        start /= np.linalg.norm(start, axis=1, keepdims=True)
        angles = np.stack([np.arccos(start[:, 2]), np.arctan2(start[:, 1], start[:, 0])], axis=1)
        result = scipy.optimize.minimize(energy_and_gradient, angles.ravel(), jac=True, method="BFGS",
                                         options={"gtol": 1e-10})
        if best is None or result.fun < best.fun:
            best = result
    points = to_points(tf.constant(best.x.reshape(n, 2))).numpy()
    return float(thomson_energy(points)), points
