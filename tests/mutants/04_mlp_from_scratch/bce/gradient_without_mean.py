# Mutant: the gradient is sigma(z) - y, the per-example derivative, without the 1/N that the mean in the loss brings.
def stable_bce(logits, y):
    """Mean binary cross entropy of labels y in {0, 1} given the evidences (logits)."""
    z = np.asarray(logits, dtype=float)
    return float(np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z))


def bce_gradient(logits, y):
    """Gradient of stable_bce with respect to the logits."""
    z = np.asarray(logits, dtype=float)
    sigmoid = np.exp(-np.logaddexp(0.0, -z))
    return sigmoid - y
