# Alternative: compares the signs of z_i - h X_ij and z_i + h X_ij directly; moves drawn as clipped normals
def kink_crossings(X, w, h):
    """Boolean (n,): True where the central difference in coordinate j crosses a kink of relu(X @ w)."""
    z = (X @ w)[:, None]
    low, high = z - h * X, z + h * X
    same_sign = ((low > 0) & (high > 0)) | ((low < 0) & (high < 0))
    return ~np.all(same_sign, axis=0)


def move_off_kinks(X, w, h, rng, radius=1e-3):
    """A point within `radius` of w (entry by entry) whose central differences cross no kink."""
    w = np.array(w, dtype=float)
    if not np.any(kink_crossings(X, w, h)):
        return w
    for attempt in range(1000):
        step = np.clip(rng.normal(0.0, radius / 2, size=w.shape), -radius, radius)
        if not np.any(kink_crossings(X, w + step, h)):
            return w + step
    raise RuntimeError("every random point within the radius crosses a kink")
