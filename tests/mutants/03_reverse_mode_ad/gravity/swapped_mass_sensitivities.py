# Mutant: dV/dm1 is written with m1 and dV/dm2 with m2 (the own mass instead of the other one), a copy-paste slip in the product rule.
def gravitational_potential_and_grad(m1, m2, r1, r2):
    """(V, (dV/dm1, dV/dm2, dV/dr1, dV/dr2)) for the Newtonian potential of two point masses."""
    r12 = np.asarray(r1, dtype=float) - np.asarray(r2, dtype=float)
    distance_squared = np.einsum("i,i->", r12, r12)
    distance = np.sqrt(distance_squared)
    inverse_distance = 1 / distance
    potential = -G_NEWTON * m1 * m2 * inverse_distance
    s_potential = 1.0
    s_m1 = s_potential * -G_NEWTON * m1 * inverse_distance
    s_m2 = s_potential * -G_NEWTON * m2 * inverse_distance
    s_inverse_distance = s_potential * -G_NEWTON * m1 * m2
    s_distance = s_inverse_distance * -1 / distance_squared
    s_distance_squared = s_distance * 0.5 / distance
    s_r12 = np.einsum(",i->i", 2 * s_distance_squared, r12)
    return potential, (s_m1, s_m2, s_r12, -s_r12)
