# Alternative: the expectation as an integral against the normal density with scipy.integrate.quad, split at the
# kink z = 0; s = 0 handled by evaluating at z = 0.
import scipy.integrate
import scipy.stats


def decay_factor(weight_std, width, activation="tanh", pre_activation_std=0.0):
    phi, dphi = ACTIVATIONS[activation]

    def slope_squared(z):
        z = np.asarray(z, dtype=float)
        return float(dphi(z, phi(z)) ** 2)

    s = pre_activation_std
    if s == 0:
        mean_square = slope_squared(0.0)
    else:
        density = scipy.stats.norm(scale=s).pdf
        mean_square = sum(scipy.integrate.quad(lambda z: slope_squared(z) * density(z), lo, hi)[0]
                          for lo, hi in ((-np.inf, 0.0), (0.0, np.inf)))
    return weight_std * np.sqrt(width) * np.sqrt(mean_square)
