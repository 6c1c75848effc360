# Alternative: measure every sensitivity first with a vectorised central difference, then pick the first mismatch with np.isclose (atol = rtol = 1e-4)
def first_wrong_sensitivity(run, claimed):
    names = list(claimed)
    eps = 1e-6
    plus = np.array([run(q, eps) for q in names], dtype=float)
    minus = np.array([run(q, -eps) for q in names], dtype=float)
    measured = (plus - minus) / (2 * eps)
    values = np.array([claimed[q] for q in names], dtype=float)
    bad = np.flatnonzero(~np.isclose(values, measured, rtol=1e-4, atol=1e-4))
    return names[bad[0]] if bad.size else None
