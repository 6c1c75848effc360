# Alternative: build k in the camera's frame, components (1, 1, u, v) / (1, L, L, L) with L = sqrt(1 + u^2 + v^2),
# then map the frame components to coordinates with one matrix product by the frame matrix.
def initial_null_tangents(u, v, frame):
    """Null tangents k = e_0 + unit(e_1 + u e_2 + v e_3), shape (M, 4), for the pixels (u, v)."""
    u = np.asarray(u, dtype=float).reshape(-1)
    v = np.asarray(v, dtype=float).reshape(-1)
    frame = np.asarray(frame, dtype=float)
    length = np.hypot(1.0, np.hypot(u, v))
    local = np.stack([np.ones_like(u), 1.0 / length, u / length, v / length], axis=1)   # (M, 4) in the frame
    return local @ frame.T                                                              # k^a = E[a, mu] local^mu
