# Mutant: the scores are first turned into yes/no predictions at 0.5 and the AUC is computed from those, so it sees a single threshold instead of the whole ranking.
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
    predictions = (np.asarray(scores, dtype=float) > 0.5).astype(float)
    y = np.asarray(y).astype(bool)
    pos, neg = predictions[y], predictions[~y]
    wins = np.sum(pos[:, None] > neg[None, :]) + 0.5 * np.sum(pos[:, None] == neg[None, :])
    return float(wins / (len(pos) * len(neg)))
