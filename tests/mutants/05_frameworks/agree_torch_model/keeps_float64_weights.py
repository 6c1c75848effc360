# Mutant: wraps torch.tensor(W.T) in nn.Parameter, which keeps the dtype of the arrays: float64 weights give float64 parameters (fine for the float32 demo weights).
class _MLP(nn.Module):
    def __init__(self, weights):
        super().__init__()
        self.params = nn.ParameterList()
        for W, b in weights:
            self.params.append(nn.Parameter(torch.tensor(np.asarray(W).T)))
            self.params.append(nn.Parameter(torch.tensor(np.asarray(b))))

    def forward(self, x):
        n = len(self.params) // 2
        for index in range(n):
            x = x @ self.params[2 * index].T + self.params[2 * index + 1]
            if index < n - 1:
                x = torch.tanh(x)
        return x


def torch_model_from_weights(weights):
    """An nn.Module computing the tanh MLP of weights [(W, b), ...], W of shape (n_in, n_out); float32 parameters."""
    return _MLP(weights)
