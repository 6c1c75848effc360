# Alternative: tf.cond with two named branch functions, tf.function applied as a call, and calls.assign(calls + 1).
def make_counted_function():
    """(f, traces, calls): a tf.function, the list its traces append to, and its call counter."""
    traces = []
    calls = tf.Variable(tf.constant(0, dtype=tf.int64))

    def body(x):
        def positive():
            traces.append(("double", x.dtype))
            return x + x

        def other():
            traces.append(("negate", x.dtype))
            return tf.negative(x)

        calls.assign(calls + 1)
        return tf.cond(tf.greater(x, 0), positive, other)

    return tf.function(body), traces, calls
