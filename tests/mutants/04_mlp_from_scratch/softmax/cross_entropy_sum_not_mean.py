# Mutant: the cross entropy sums -log p over the batch instead of averaging it, the total rather than the mean loss.
def log_softmax(logits):
    """log of the softmax over the last axis, computed without overflow."""
    z = np.asarray(logits, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def cross_entropy(logits, labels):
    """Mean of -log softmax(logits)[n, labels[n]]."""
    logp = log_softmax(logits)
    return float(-np.sum(logp[np.arange(len(labels)), labels]))
