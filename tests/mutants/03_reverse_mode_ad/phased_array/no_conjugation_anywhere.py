# Mutant: no local derivative is conjugated, neither c nor i e^{i phi}, as in the real-valued recipe.
def array_intensity_and_grad(phases, amplitudes):
    """(|sum_k c_k exp(i phi_k)|^2, gradient with respect to the phases phi)."""
    phases = np.asarray(phases, dtype=float)
    rotations = np.exp(1j * phases)
    terms = amplitudes * rotations
    total = terms.sum()
    intensity = float(np.abs(total) ** 2)
    s_total = 2 * total                               # sensitivity of |z|^2 to z = u + i v
    s_terms = np.full(phases.shape, s_total)
    s_rotations = amplitudes * s_terms
    s_phases = np.real(1j * rotations * s_rotations)
    return intensity, s_phases
