# Mutant: l is used twice (in l * l and in the height), but the second contribution overwrites the first (s_l = ... instead of +=), dropping the potential-energy part of dE/dl.
def pendulum_energy_and_grad(m, l, theta, omega, g):
    """(E, (dE/dm, dE/dl, dE/dtheta, dE/domega, dE/dg)) for a pendulum."""
    l2 = l * l
    w2 = omega * omega
    kinetic = 0.5 * m * l2 * w2
    height = l * (1 - math.cos(theta))
    potential = m * g * height
    energy = kinetic + potential
    s_energy = 1.0
    s_kinetic = s_energy
    s_potential = s_energy
    s_m = s_potential * g * height + s_kinetic * 0.5 * l2 * w2
    s_g = s_potential * m * height
    s_height = s_potential * m * g
    s_l = s_height * (1 - math.cos(theta))
    s_theta = s_height * l * math.sin(theta)
    s_l2 = s_kinetic * 0.5 * m * w2
    s_w2 = s_kinetic * 0.5 * m * l2
    s_l = s_l2 * 2 * l
    s_omega = s_w2 * 2 * omega
    return energy, (s_m, s_l, s_theta, s_omega, s_g)
