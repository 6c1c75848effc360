# Mutant: the increment is a tf.Variable created inside f, a new variable at every trace: tf.function raises ValueError.
def make_counted_function():
    """(f, traces, calls): a tf.function, the list its traces append to, and its call counter."""
    traces = []
    calls = tf.Variable(0, dtype=tf.int64)

    @tf.function
    def f(x):
        one = tf.Variable(1, dtype=tf.int64)
        calls.assign_add(one)
        if x > 0:
            traces.append(("double", x.dtype))
            return 2 * x
        else:
            traces.append(("negate", x.dtype))
            return -x

    return f, traces, calls
