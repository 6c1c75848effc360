# Mutant: builds k = dt + (dx + u dy + v dz) / sqrt(1 + u^2 + v^2) from the coordinate basis and ignores the frame: right for the identity frame, but not null in the camera's frame at r = 20, where g(dt, dt) = -0.95.
def initial_null_tangents(u, v, frame):
    """Null tangents k = e_0 + unit(e_1 + u e_2 + v e_3), shape (M, 4), for the pixels (u, v)."""
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    length = np.sqrt(1.0 + u ** 2 + v ** 2)
    return np.stack([np.ones_like(u), 1.0 / length, u / length, v / length], axis=1)
