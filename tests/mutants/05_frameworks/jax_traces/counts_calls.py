# Mutant: the counter is increased in the Python loop, so it counts calls, not traces.
def count_traces(f, calls, static_argnums=()):
    """Number of times jax.jit(f, static_argnums=...) traces f when called with each tuple in calls."""
    traces = 0
    compiled = jax.jit(f, static_argnums=static_argnums)
    for args in calls:
        jax.block_until_ready(compiled(*args))
        traces += 1
    return traces
