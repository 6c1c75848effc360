# Mutant: the second gradient is taken without unconnected_gradients=ZERO, so for a linear f the tape answers None and None is returned instead of zeros.
def derivatives(f, x):
    """(f'(x), f''(x)) for an element-wise f, as float64 numpy arrays shaped like x."""
    x = tf.constant(np.asarray(x, dtype=np.float64))
    with tf.GradientTape() as outer:
        outer.watch(x)
        with tf.GradientTape() as inner:
            inner.watch(x)
            y = f(x)
        d1 = inner.gradient(y, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    d2 = outer.gradient(d1, x)
    return np.asarray(d1.numpy(), dtype=np.float64), (None if d2 is None else np.asarray(d2.numpy(), dtype=np.float64))
