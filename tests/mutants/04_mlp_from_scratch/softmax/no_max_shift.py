# Mutant: log_softmax is computed as log(exp(z) / sum exp(z)) straight from the definition, without subtracting the maximum, so exp(1000) overflows to inf and the result is nan.
def log_softmax(logits):
    """log of the softmax over the last axis, computed without overflow."""
    z = np.asarray(logits, dtype=float)
    return np.log(np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True))


def cross_entropy(logits, labels):
    """Mean of -log softmax(logits)[n, labels[n]]."""
    logp = log_softmax(logits)
    return float(-np.mean(logp[np.arange(len(labels)), labels]))
