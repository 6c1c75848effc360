# Mutant: turns W (n_in, n_out) into nn.Linear's (n_out, n_in) with reshape instead of a transpose: the shapes fit, the entries are scrambled (only vectors survive).
def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    layers = []
    for index, (W, b) in enumerate(weights):
        W = np.asarray(W, dtype=np.float32)
        linear = nn.Linear(W.shape[0], W.shape[1])
        with torch.no_grad():
            linear.weight.copy_(torch.tensor(W.reshape(W.shape[1], W.shape[0])))
            linear.bias.copy_(torch.tensor(np.asarray(b, dtype=np.float32)))
        layers.append(linear)
        if index < len(weights) - 1:
            layers.append(nn.Tanh())
    return nn.Sequential(*layers)
