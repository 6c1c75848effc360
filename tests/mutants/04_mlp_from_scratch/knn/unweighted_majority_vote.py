# Mutant: the k neighbours vote with one vote each (the textbook majority vote) instead of 1/distance, so one close neighbour loses to two far ones.
def knn_predict(train_x, train_y, test_x, k):
    """Distance-weighted k-nearest-neighbour labels for test_x."""
    a = np.asarray(test_x, dtype=float).reshape(len(test_x), -1)
    b_ = np.asarray(train_x, dtype=float).reshape(len(train_x), -1)
    squared = (a * a).sum(1)[:, None] - 2 * a @ b_.T + (b_ * b_).sum(1)[None, :]
    distances = np.sqrt(np.maximum(squared, 0.0))
    nearest = np.argsort(distances, axis=1)[:, :k]
    labels = np.asarray(train_y)[nearest]
    votes = np.zeros((len(a), int(np.max(train_y)) + 1))
    np.add.at(votes, (np.arange(len(a))[:, None], labels), 1.0)
    return votes.argmax(axis=1).astype(int)
