# Mutant: the loss uses log(1 + e^z) - y z as written in the formula, without the max(z, 0) rewriting, so e^z overflows to infinity for large evidence.
def stable_bce(logits, y):
    """Mean binary cross entropy of labels y in {0, 1} given the evidences (logits)."""
    z = np.asarray(logits, dtype=float)
    return float(np.mean(np.log1p(np.exp(z)) - y * z))


def bce_gradient(logits, y):
    """Gradient of stable_bce with respect to the logits."""
    z = np.asarray(logits, dtype=float)
    sigmoid = np.exp(-np.logaddexp(0.0, -z))
    return (sigmoid - y) / z.size
