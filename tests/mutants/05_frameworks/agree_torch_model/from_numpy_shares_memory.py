# Mutant: builds the parameters with torch.from_numpy(W).T, a view that shares memory with the numpy arrays, so training the module rewrites `weights`.
def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    layers = []
    for index, (W, b) in enumerate(weights):
        W = np.asarray(W, dtype=np.float32)
        b = np.asarray(b, dtype=np.float32)
        linear = nn.Linear(W.shape[0], W.shape[1])
        linear.weight = nn.Parameter(torch.from_numpy(W).T)
        linear.bias = nn.Parameter(torch.from_numpy(b))
        layers.append(linear)
        if index < len(weights) - 1:
            layers.append(nn.Tanh())
    return nn.Sequential(*layers)
