# Mutant: precision and recall are mixed up: true positives are divided by the actual positives for precision and by the predicted positives for recall.
def confusion(y_true, y_pred, n_classes):
    """C[i, j] = number of examples of true class i predicted as j."""
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(matrix, (np.asarray(y_true), np.asarray(y_pred)), 1)
    return matrix


def precision_recall(y_true, y_pred, positive):
    """(precision, recall) of the predictions for the class `positive`."""
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    true_positive = np.sum((y_pred == positive) & (y_true == positive))
    predicted, actual = np.sum(y_pred == positive), np.sum(y_true == positive)
    return (float(true_positive / actual) if actual else 0.0,
            float(true_positive / predicted) if predicted else 0.0)


def roc_auc(scores, y):
    """Probability that a random positive outscores a random negative (ties count 1/2)."""
    scores, y = np.asarray(scores, dtype=float), np.asarray(y).astype(bool)
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    ranks = np.empty(len(scores))
    # average ranks (1-based) over runs of equal scores
    starts = np.flatnonzero(np.r_[True, sorted_scores[1:] != sorted_scores[:-1]])
    ends = np.r_[starts[1:], len(scores)]
    for start, end in zip(starts, ends):
        ranks[order[start:end]] = 0.5 * (start + 1 + end)
    n_pos, n_neg = y.sum(), (~y).sum()
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
