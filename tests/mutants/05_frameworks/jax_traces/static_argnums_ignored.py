# Mutant: static_argnums is not passed to jax.jit: a Python loop over a traced argument fails.
def count_traces(f, calls, static_argnums=()):
    """Number of times jax.jit(f, static_argnums=...) traces f when called with each tuple in calls."""
    traces = 0

    def counted(*args):
        nonlocal traces
        traces += 1          # a Python side effect: it runs only while JAX traces
        return f(*args)

    compiled = jax.jit(counted)
    for args in calls:
        jax.block_until_ready(compiled(*args))
    return traces
