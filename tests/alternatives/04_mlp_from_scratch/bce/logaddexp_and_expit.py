# Alternative: log(1 + e^z) as np.logaddexp(0, z), and the sigmoid from scipy.special.expit, both stable by design.
from scipy.special import expit


def stable_bce(logits, y):
    """Mean binary cross entropy of labels y in {0, 1} given the evidences (logits)."""
    z = np.asarray(logits, dtype=float)
    return float(np.mean(np.logaddexp(0.0, z) - np.asarray(y, dtype=float) * z))


def bce_gradient(logits, y):
    """Gradient of stable_bce with respect to the logits."""
    z = np.asarray(logits, dtype=float)
    return (expit(z) - np.asarray(y, dtype=float)) / z.size
