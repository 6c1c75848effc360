# Alternative: scipy's cdist for the distance matrix, argpartition for the k nearest (no full sort), and a weighted
# np.bincount per test row for the votes.
from scipy.spatial.distance import cdist


def knn_predict(train_x, train_y, test_x, k):
    """Distance-weighted k-nearest-neighbour labels for test_x."""
    queries = np.asarray(test_x, dtype=float).reshape(len(test_x), -1)
    reference = np.asarray(train_x, dtype=float).reshape(len(train_x), -1)
    labels = np.asarray(train_y).astype(int)
    distances = cdist(queries, reference)
    result = np.empty(len(queries), dtype=int)
    for row, d in enumerate(distances):
        nearest = np.argpartition(d, k - 1)[:k]
        votes = np.bincount(labels[nearest], weights=1.0 / (d[nearest] + 1e-12), minlength=labels.max() + 1)
        result[row] = int(np.argmax(votes))
    return result
