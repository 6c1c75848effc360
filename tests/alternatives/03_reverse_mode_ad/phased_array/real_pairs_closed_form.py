# Alternative: real arithmetic on (Re, Im) pairs: I = u^2 + v^2, dI/dphi_k = 2 (v Re t_k - u Im t_k) with t_k = c_k e^{i phi_k}
def array_intensity_and_grad(phases, amplitudes):
    phi = np.array(phases, dtype=float)
    c = np.asarray(amplitudes)
    re_t = c.real * np.cos(phi) - c.imag * np.sin(phi)
    im_t = c.real * np.sin(phi) + c.imag * np.cos(phi)
    u, v = re_t.sum(), im_t.sum()
    return float(u * u + v * v), 2 * (v * re_t - u * im_t)
