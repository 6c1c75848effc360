# Mutant: the counting wrapper is defined inside the loop: every call jits a new function, which is traced afresh.
def count_traces(f, calls, static_argnums=()):
    """Number of times jax.jit(f, static_argnums=...) traces f when called with each tuple in calls."""
    traces = 0
    for args in calls:
        def counted(*args):
            nonlocal traces
            traces += 1
            return f(*args)

        jax.block_until_ready(jax.jit(counted, static_argnums=static_argnums)(*args))
    return traces
