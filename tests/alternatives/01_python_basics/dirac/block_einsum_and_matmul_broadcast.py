# Alternative: GAMMA from an einsum of the 2x2 block patterns with the Pauli matrices (an outer product reshaped to 4x4), anticommutators by broadcasting @ over a stack with two new axes, GAMMA5 with np.linalg.multi_dot
_blocks = np.array([[[1, 0], [0, -1]]] + [[[0, 1], [-1, 0]]] * 3)
GAMMA = np.einsum("mab,mij->maibj", _blocks, PAULI).reshape(4, 4, 4)


def anticommutators(g):
    """Array of all anticommutators {g_a, g_b} of a stack g of shape (n, d, d); shape (n, n, d, d)."""
    g = np.asarray(g)
    return g[:, None] @ g[None, :] + g[None, :] @ g[:, None]


GAMMA5 = 1j * np.linalg.multi_dot(list(GAMMA))
P_L = (np.identity(4) - GAMMA5) / 2
P_R = (np.identity(4) + GAMMA5) / 2
