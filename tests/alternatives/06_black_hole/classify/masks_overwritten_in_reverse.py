# Alternative: start every ray as STRAY, then overwrite with masks in reverse order of priority (ESCAPED, then
# CAPTURED last so that it wins); radius and x . v by einsum, the NaN test on x and v separately.
def classify_rays(x, v, r_escape=R_ESCAPE):
    """CAPTURED, ESCAPED or STRAY for each final state (x, v), shape (N,)."""
    x, v = np.asarray(x, dtype=float), np.asarray(v, dtype=float)
    r = np.sqrt(np.einsum("ki,ki->k", x[:, 1:], x[:, 1:]))
    outward = np.einsum("ki,ki->k", x[:, 1:], v[:, 1:]) > 0
    labels = np.full(len(x), STRAY, dtype=np.int64)
    labels[(r > r_escape) & outward] = ESCAPED
    broken = np.isnan(x).any(axis=1) | np.isnan(v).any(axis=1)
    labels[broken | (r <= 1.0)] = CAPTURED
    return labels
