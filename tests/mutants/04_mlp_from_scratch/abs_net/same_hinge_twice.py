# Mutant: both hidden units get the input weight +1 (the sign flip is forgotten), so the network computes 2 relu(x) instead of relu(x) + relu(-x).
ABS_PARAMS = (np.array([[1.0], [1.0]]), np.zeros(2), np.array([[1.0, 1.0]]), np.zeros(1))
