# Alternative: the expectation by Monte Carlo, four million Gaussian samples from a fixed seed.
def decay_factor(weight_std, width, activation="tanh", pre_activation_std=0.0):
    phi, dphi = ACTIVATIONS[activation]
    z = np.random.default_rng(1).standard_normal(4_000_000) * pre_activation_std
    return float(weight_std * np.sqrt(width * np.mean(dphi(z, phi(z)) ** 2)))
