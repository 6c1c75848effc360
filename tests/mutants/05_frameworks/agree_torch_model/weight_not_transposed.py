# Mutant: assigns W itself to nn.Linear's weight (.data accepts any shape), forgetting that torch stores W.T: only a square layer would even run.
def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    layers = []
    for index, (W, b) in enumerate(weights):
        linear = nn.Linear(np.shape(W)[0], np.shape(W)[1])
        linear.weight.data = torch.tensor(np.asarray(W, dtype=np.float32))
        linear.bias.data = torch.tensor(np.asarray(b, dtype=np.float32))
        layers.append(linear)
        if index < len(weights) - 1:
            layers.append(nn.Tanh())
    return nn.Sequential(*layers)
