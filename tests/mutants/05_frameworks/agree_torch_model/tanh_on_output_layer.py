# Mutant: puts a tanh after every layer, the output layer included.
def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    layers = []
    for W, b in weights:
        W = np.asarray(W, dtype=np.float32)
        linear = nn.Linear(W.shape[0], W.shape[1])
        with torch.no_grad():
            linear.weight.copy_(torch.tensor(W.T))
            linear.bias.copy_(torch.tensor(np.asarray(b, dtype=np.float32)))
        layers += [linear, nn.Tanh()]
    return nn.Sequential(*layers)
