# Mutant: best_measured_step indexes `steps` directly after looping over it, which works for a list but not for the "sequence" given as an iterator (consumed, not subscriptable).
def best_measured_step(difference, f, dfdx, x, steps):
    """The step in `steps` for which difference(f, x, h) is closest to dfdx."""
    errors = [abs(difference(f, x, h) - dfdx) for h in steps]
    return steps[int(np.argmin(errors))]


def predicted_best_steps(f, f2, f3):
    """(h_forward, h_central) minimising the two error models, given |f|, |f2| and |f3| at the point."""
    h_forward = 2 * np.sqrt(EPS_MACHINE * abs(f) / abs(f2))
    h_central = (3 * EPS_MACHINE * abs(f) / abs(f3)) ** (1 / 3)
    return h_forward, h_central
