# Alternative: distances with np.hypot folded over the coordinate axis (no squares that could overflow); the traces from the stack of all pairwise products g_a g_b by broadcast @, then one einsum that closes the trace of two pair products
def pairwise_distances(x, y):
    """(N, M) array of the distances between the rows of x (N, D) and the rows of y (M, D)."""
    differences = np.abs(np.asarray(x, dtype=float)[:, None, :] - np.asarray(y, dtype=float)[None, :, :])
    return np.hypot.reduce(differences, axis=-1)


def gamma_traces(g):
    """(n, n, n, n) array of tr(g_a g_b g_c g_e) for a stack g of shape (n, d, d)."""
    pairs = g[:, None] @ g[None, :]                      # (n, n, d, d): g_a g_b
    return np.einsum("abij,ceji->abce", pairs, pairs)


four_gamma_rhs = 4 * (np.einsum("ab,ce->abce", ETA, ETA) - np.einsum("ac,be->abce", ETA, ETA)
                      + np.einsum("ae,bc->abce", ETA, ETA))
print("trace identity holds:", np.allclose(gamma_traces(GAMMA), four_gamma_rhs))
