# Mutant: the ranks come from argsort(argsort(scores)), the usual ranking trick, which gives tied scores different ranks instead of their average, so ties count 0 or 1 instead of one half.
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
    return (float(true_positive / predicted) if predicted else 0.0,
            float(true_positive / actual) if actual else 0.0)


def roc_auc(scores, y):
    """Probability that a random positive outscores a random negative (ties count 1/2)."""
    scores, y = np.asarray(scores, dtype=float), np.asarray(y).astype(bool)
    ranks = np.argsort(np.argsort(scores)) + 1.0
    n_pos, n_neg = y.sum(), (~y).sum()
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
