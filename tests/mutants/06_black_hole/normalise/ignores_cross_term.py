# Mutant: solves g_tt (v^t)^2 + g_ij v^i v^j = norm, leaving out the cross term 2 g_ti v^i v^t: right for diagonal metrics (Schwarzschild at the camera), wrong when g_ti != 0.
def fix_time_component(g, v, norm):
    """v with its time component replaced so that g(v, v) = norm and v^t > 0."""
    g = np.asarray(g, dtype=float)
    fixed = np.array(v, dtype=float)
    spatial = np.einsum("kij,ki,kj->k", g[:, 1:, 1:], fixed[:, 1:], fixed[:, 1:])
    fixed[:, 0] = np.sqrt((spatial - np.asarray(norm, dtype=float)) / -g[:, 0, 0])
    return fixed
