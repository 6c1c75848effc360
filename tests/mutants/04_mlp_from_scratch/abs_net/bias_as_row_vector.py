# Mutant: the hidden bias is written as a row vector of shape (1, 2) instead of a vector of shape (2,), which broadcasts to the right values but is not the shape the network's parameters have.
ABS_PARAMS = (np.array([[1.0], [-1.0]]), np.zeros((1, 2)), np.array([[1.0, 1.0]]), np.zeros(1))
