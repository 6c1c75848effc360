# Mutant: hard-codes the demo network 2 -> 16 -> 16 -> 1 and only copies the weights into it, so any other layer sizes fail.
def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 1))
    linears = [m for m in model if isinstance(m, nn.Linear)]
    with torch.no_grad():
        for linear, (W, b) in zip(linears, weights):
            linear.weight.copy_(torch.tensor(np.asarray(W, dtype=np.float32).T))
            linear.bias.copy_(torch.tensor(np.asarray(b, dtype=np.float32)))
    return model
