# Mutant: the calls are counted in a Python int, a side effect that runs only while tracing; its value at trace time is frozen into each graph, so calls ends at 1 instead of 5.
def make_counted_function():
    """(f, traces, calls): a tf.function, the list its traces append to, and its call counter."""
    traces = []
    calls = tf.Variable(0, dtype=tf.int64)
    count = [0]

    @tf.function
    def f(x):
        count[0] += 1
        calls.assign(count[0])
        if x > 0:
            traces.append(("double", x.dtype))
            return 2 * x
        else:
            traces.append(("negate", x.dtype))
            return -x

    return f, traces, calls
