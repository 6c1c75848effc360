# Mutant: predicts the count by hand from the shapes of the arguments, forgetting dtypes, weak types and static values.
def count_traces(f, calls, static_argnums=()):
    """Number of times jax.jit(f, static_argnums=...) traces f when called with each tuple in calls."""
    return len({tuple(np.shape(a) for a in args) for args in calls})
