# Mutant: a module-level counter that keeps counting across calls of count_traces.
trace_counter = 0


def count_traces(f, calls, static_argnums=()):
    """Number of times jax.jit(f, static_argnums=...) traces f when called with each tuple in calls."""
    def counted(*args):
        global trace_counter
        trace_counter += 1
        return f(*args)

    compiled = jax.jit(counted, static_argnums=static_argnums)
    for args in calls:
        jax.block_until_ready(compiled(*args))
    return trace_counter
