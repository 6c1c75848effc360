# Alternative: predicts the count from the abstract signature of each call (jax.typeof: shape, dtype, weak type) and the values of the static arguments, without calling f.
def count_traces(f, calls, static_argnums=()):
    """Number of distinct abstract signatures among the calls: jit traces once per signature."""
    signatures = set()
    for args in calls:
        signatures.add(tuple(("static", a) if i in static_argnums else jax.typeof(a) for i, a in enumerate(args)))
    return len(signatures)
