# Alternative: a loop over the flat entries of a copy, results stacked along a last axis and reshaped
def n_grad(f, x, h=1e-5):
    """Central-difference derivative of f at x, shape f(x).shape + x.shape."""
    base = np.array(x, dtype=float)
    flat = base.ravel()
    columns = []
    for k in range(flat.size):
        plus, minus = flat.copy(), flat.copy()
        plus[k] += h
        minus[k] -= h
        up = np.asarray(f(plus.reshape(base.shape)), dtype=float)
        down = np.asarray(f(minus.reshape(base.shape)), dtype=float)
        columns.append((up - down) / (2 * h))
    out_shape = np.shape(f(base))
    stacked = np.stack(columns, axis=-1) if columns else np.zeros(out_shape + (0,))
    return stacked.reshape(out_shape + base.shape)
