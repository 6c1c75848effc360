# Alternative: forward mode, one pass per input with a unit tangent (five passes), instead of one reverse pass
def pendulum_energy_and_grad(m, l, theta, omega, g):
    def forward(dm, dl, dtheta, domega, dg):
        l2, l2_d = l * l, 2 * l * dl
        w2, w2_d = omega * omega, 2 * omega * domega
        ml2, ml2_d = m * l2, dm * l2 + m * l2_d
        kin, kin_d = 0.5 * ml2 * w2, 0.5 * (ml2_d * w2 + ml2 * w2_d)
        c, c_d = 1 - math.cos(theta), math.sin(theta) * dtheta
        mg, mg_d = m * g, dm * g + m * dg
        mgl, mgl_d = mg * l, mg_d * l + mg * dl
        pot, pot_d = mgl * c, mgl_d * c + mgl * c_d
        return kin + pot, kin_d + pot_d

    energy = forward(0, 0, 0, 0, 0)[0]
    unit = np.eye(5)
    grads = tuple(float(forward(*unit[k])[1]) for k in range(5))
    return energy, grads
