# Mutant: the two hinges relu(x) and relu(-x) are combined with output weights (1, -1), as in x = relu(x) - relu(-x), which gives x instead of |x|.
ABS_PARAMS = (np.array([[1.0], [-1.0]]), np.zeros(2), np.array([[1.0, -1.0]]), np.zeros(1))
