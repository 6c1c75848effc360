# Mutant: neither tape watches x, a tf.constant, so nothing is recorded and the tape returns zeros for both derivatives.
def derivatives(f, x):
    """(f'(x), f''(x)) for an element-wise f, as float64 numpy arrays shaped like x."""
    x = tf.constant(np.asarray(x, dtype=np.float64))
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            y = f(x)
        d1 = inner.gradient(y, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    d2 = outer.gradient(d1, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    return np.asarray(d1.numpy(), dtype=np.float64), np.asarray(d2.numpy(), dtype=np.float64)
