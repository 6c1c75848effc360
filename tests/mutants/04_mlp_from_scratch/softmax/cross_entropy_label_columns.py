# Mutant: the log-probabilities are picked with logp[:, labels] instead of logp[arange(N), labels], which selects whole columns (an N x N block) and averages -log p of every example at every label.
def log_softmax(logits):
    """log of the softmax over the last axis, computed without overflow."""
    z = np.asarray(logits, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def cross_entropy(logits, labels):
    """Mean of -log softmax(logits)[n, labels[n]]."""
    logp = log_softmax(logits)
    return float(-np.mean(logp[:, labels]))
