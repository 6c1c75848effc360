# Mutant: the loss is written as the textbook -y log p - (1 - y) log(1 - p) with p = sigmoid(z), which gives log(0) and nan once sigmoid rounds to exactly 0 or 1 for large evidence.
def stable_bce(logits, y):
    """Mean binary cross entropy of labels y in {0, 1} given the evidences (logits)."""
    z = np.asarray(logits, dtype=float)
    p = 1 / (1 + np.exp(-z))
    return float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))


def bce_gradient(logits, y):
    """Gradient of stable_bce with respect to the logits."""
    z = np.asarray(logits, dtype=float)
    sigmoid = np.exp(-np.logaddexp(0.0, -z))
    return (sigmoid - y) / z.size
