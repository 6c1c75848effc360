# Mutant: the height is written with the small-angle approximation 1 - cos theta ~ theta^2 / 2 familiar from pendulum problems; value and gradient agree with each other and are exact at theta = 0, but not the energy asked for.
def pendulum_energy_and_grad(m, l, theta, omega, g):
    """(E, (dE/dm, dE/dl, dE/dtheta, dE/domega, dE/dg)) for a pendulum."""
    l2 = l * l
    w2 = omega * omega
    kinetic = 0.5 * m * l2 * w2
    height = l * theta * theta / 2
    potential = m * g * height
    energy = kinetic + potential
    s_energy = 1.0
    s_kinetic = s_energy
    s_potential = s_energy
    s_m = s_potential * g * height + s_kinetic * 0.5 * l2 * w2
    s_g = s_potential * m * height
    s_height = s_potential * m * g
    s_l = s_height * theta * theta / 2
    s_theta = s_height * l * theta
    s_l2 = s_kinetic * 0.5 * m * w2
    s_w2 = s_kinetic * 0.5 * m * l2
    s_l += s_l2 * 2 * l
    s_omega = s_w2 * 2 * omega
    return energy, (s_m, s_l, s_theta, s_omega, s_g)
