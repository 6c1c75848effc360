# Alternative: a custom nn.Module with an nn.ModuleList of nn.Linear layers, filled through load_state_dict with float32 copies of W.T and b.
class WeightsMLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.linears = nn.ModuleList(nn.Linear(m, n) for m, n in zip(sizes[:-1], sizes[1:]))

    def forward(self, x):
        for i, linear in enumerate(self.linears):
            x = linear(x)
            if i + 1 < len(self.linears):
                x = torch.tanh(x)
        return x


def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    arrays = [(np.array(W, dtype=np.float32), np.array(b, dtype=np.float32)) for W, b in weights]
    sizes = [arrays[0][0].shape[0]] + [W.shape[1] for W, _ in arrays]
    model = WeightsMLP(sizes)
    state = {}
    for i, (W, b) in enumerate(arrays):
        state[f"linears.{i}.weight"] = torch.tensor(np.ascontiguousarray(W.T))
        state[f"linears.{i}.bias"] = torch.tensor(b)
    model.load_state_dict(state)
    return model
