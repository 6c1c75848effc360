# Mutant: lists and arrays are made float64 but a tf.Tensor keeps its own dtype, so a float32 tensor is differentiated in float32 (about 1e-8 error).
def derivatives(f, x):
    """(f'(x), f''(x)) for an element-wise f, as float64 numpy arrays shaped like x."""
    if not tf.is_tensor(x):
        x = np.asarray(x, dtype=np.float64)
    x = tf.convert_to_tensor(x)
    with tf.GradientTape() as outer:
        outer.watch(x)
        with tf.GradientTape() as inner:
            inner.watch(x)
            y = f(x)
        d1 = inner.gradient(y, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    d2 = outer.gradient(d1, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    return np.asarray(d1.numpy(), dtype=np.float64), np.asarray(d2.numpy(), dtype=np.float64)
