# Mutant: f is given input_signature=[tf.TensorSpec([], tf.float64)], so float32 inputs are rejected instead of traced.
def make_counted_function():
    """(f, traces, calls): a tf.function, the list its traces append to, and its call counter."""
    traces = []
    calls = tf.Variable(0, dtype=tf.int64)

    @tf.function(input_signature=[tf.TensorSpec([], tf.float64)])
    def f(x):
        calls.assign_add(1)
        if x > 0:
            traces.append(("double", x.dtype))
            return 2 * x
        else:
            traces.append(("negate", x.dtype))
            return -x

    return f, traces, calls
