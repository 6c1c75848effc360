# Alternative: the confusion matrix from one np.bincount of the flat index true * n + predicted; precision and
# recall counted in plain Python and returned as a list (any pair is accepted); the ROC-AUC by comparing every
# (positive, negative) pair with broadcasting.
def confusion(y_true, y_pred, n_classes):
    """C[i, j] = number of examples of true class i predicted as j."""
    flat = np.asarray(y_true, dtype=int) * n_classes + np.asarray(y_pred, dtype=int)
    return np.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def precision_recall(y_true, y_pred, positive):
    """(precision, recall) of the predictions for the class `positive`."""
    pairs = list(zip(list(y_true), list(y_pred)))
    hits = sum(1 for t, p in pairs if t == positive and p == positive)
    said_yes = sum(1 for _, p in pairs if p == positive)
    really_yes = sum(1 for t, _ in pairs if t == positive)
    return [hits / said_yes if said_yes else 0.0, hits / really_yes if really_yes else 0.0]


def roc_auc(scores, y):
    """Probability that a random positive outscores a random negative (ties count 1/2)."""
    scores, y = np.asarray(scores, dtype=float), np.asarray(y).astype(bool)
    difference = scores[y][:, None] - scores[~y][None, :]
    return float(np.mean((difference > 0) + 0.5 * (difference == 0)))
