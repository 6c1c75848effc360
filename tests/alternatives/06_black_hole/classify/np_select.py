# Alternative: np.select over the conditions (captured first, then escaped), STRAY as the default.
def classify_rays(x, v, r_escape=R_ESCAPE):
    """CAPTURED, ESCAPED or STRAY for each final state (x, v), shape (N,)."""
    x, v = np.asarray(x, dtype=float), np.asarray(v, dtype=float)
    state = np.concatenate([x, v], axis=1)
    r = np.linalg.norm(x[:, 1:], axis=1)
    captured = np.isnan(state).any(axis=1) | (r <= 1.0)
    escaped = (r > r_escape) & ((x[:, 1:] * v[:, 1:]).sum(axis=1) > 0)
    return np.select([captured, escaped], [CAPTURED, ESCAPED], default=STRAY).astype(int)
