# Alternative: factorise g = U^T eta U with U upper triangular and a positive diagonal (a Cholesky factorisation
# with the signs of eta, row by row), then E = U^{-1} by back substitution: E^T g E = eta, E upper triangular.
def camera_frame(g):
    """Columns e_0..e_3 of E = U^{-1}, where g = U^T eta U (U upper triangular, positive diagonal)."""
    g = np.array(g, dtype=float)          # a copy: g itself is never touched
    signs = np.diag(ETA)
    U = np.zeros((4, 4))
    for i in range(4):
        rest = g[i, i] - np.sum(signs[:i] * U[:i, i] ** 2)
        U[i, i] = np.sqrt(signs[i] * rest)
        for j in range(i + 1, 4):
            U[i, j] = (g[i, j] - np.sum(signs[:i] * U[:i, i] * U[:i, j])) / (signs[i] * U[i, i])
    E = np.zeros((4, 4))
    for col in range(4):                   # solve U e = unit vector, from the bottom up
        unit = np.eye(4)[col]
        for i in range(3, -1, -1):
            E[i, col] = (unit[i] - U[i, i + 1:] @ E[i + 1:, col]) / U[i, i]
    return E
