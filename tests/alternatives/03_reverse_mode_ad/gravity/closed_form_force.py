# Alternative: the closed-form Newtonian force, dV/dr1 = G m1 m2 (r1 - r2) / |r1 - r2|^3, with plain array arithmetic
def gravitational_potential_and_grad(m1, m2, r1, r2):
    d = np.array(r1, dtype=float) - np.array(r2, dtype=float)
    dist = float(np.sqrt(d @ d))
    V = -G_NEWTON * m1 * m2 / dist
    force_term = G_NEWTON * m1 * m2 / dist**3 * d
    return V, (V / m1, V / m2, force_term, -force_term)
