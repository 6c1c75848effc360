# Mutant: the list and the counter are created once, outside make_counted_function, so every triple shares them.
COUNTED_TRACES = []
COUNTED_CALLS = tf.Variable(0, dtype=tf.int64)


def make_counted_function():
    """(f, traces, calls): a tf.function, the list its traces append to, and its call counter."""
    traces, calls = COUNTED_TRACES, COUNTED_CALLS

    @tf.function
    def f(x):
        calls.assign_add(1)
        if x > 0:
            traces.append(("double", x.dtype))
            return 2 * x
        else:
            traces.append(("negate", x.dtype))
            return -x

    return f, traces, calls
