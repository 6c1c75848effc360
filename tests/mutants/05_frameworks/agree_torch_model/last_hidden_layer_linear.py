# Mutant: an off-by-one in the activation test (index < L - 2) leaves the last hidden layer without its tanh.
def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    layers = []
    for index, (W, b) in enumerate(weights):
        W = np.asarray(W, dtype=np.float32)
        linear = nn.Linear(W.shape[0], W.shape[1])
        with torch.no_grad():
            linear.weight.copy_(torch.tensor(W.T))
            linear.bias.copy_(torch.tensor(np.asarray(b, dtype=np.float32)))
        layers.append(linear)
        if index < len(weights) - 2:
            layers.append(nn.Tanh())
    return nn.Sequential(*layers)
