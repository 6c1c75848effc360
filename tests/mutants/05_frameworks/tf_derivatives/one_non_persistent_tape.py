# Mutant: one tape that is not persistent is asked twice (for f' and then f''), which raises RuntimeError.
def derivatives(f, x):
    """(f'(x), f''(x)) for an element-wise f, as float64 numpy arrays shaped like x."""
    x = tf.constant(np.asarray(x, dtype=np.float64))
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = f(x)
        d1 = tape.gradient(y, x)
    d2 = tape.gradient(d1, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    return d1.numpy(), d2.numpy()
