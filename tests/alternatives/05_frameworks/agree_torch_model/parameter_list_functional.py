# Alternative: a module holding its own nn.Parameter tensors (weight as W.T, then bias, layer by layer) in an nn.ParameterList and calling torch.nn.functional.linear.
class ParamMLP(nn.Module):
    def __init__(self, weights):
        super().__init__()
        tensors = []
        for W, b in weights:
            tensors.append(nn.Parameter(torch.tensor(np.asarray(W, dtype=np.float64).T, dtype=torch.float32)))
            tensors.append(nn.Parameter(torch.tensor(np.asarray(b, dtype=np.float64), dtype=torch.float32)))
        self.tensors = nn.ParameterList(tensors)

    def forward(self, x):
        layers = len(self.tensors) // 2
        for i in range(layers):
            x = torch.nn.functional.linear(x, self.tensors[2 * i], self.tensors[2 * i + 1])
            if i < layers - 1:
                x = torch.tanh(x)
        return x


def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    return ParamMLP(weights)
