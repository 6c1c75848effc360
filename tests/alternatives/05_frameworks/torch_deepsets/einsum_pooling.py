# Alternative: phi and rho built from an OrderedDict, pooling as a contraction with a vector of ones
from collections import OrderedDict


class DeepSets(nn.Module):
    """rho(sum_i phi(x_i)): a permutation-invariant model of sets, x of shape (B, n, d_in) -> (B, d_out)."""

    def __init__(self, d_in, hidden=64, d_out=1):
        super().__init__()
        self.phi = nn.Sequential(OrderedDict([
            ("embed", nn.Linear(d_in, hidden)), ("act1", nn.ReLU()),
            ("mix", nn.Linear(hidden, hidden)), ("act2", nn.ReLU())]))
        self.rho = nn.Sequential(OrderedDict([
            ("dense", nn.Linear(hidden, hidden)), ("act", nn.ReLU()), ("out", nn.Linear(hidden, d_out))]))

    def forward(self, x):
        embedded = self.phi(x)                                   # (B, n, hidden)
        ones = torch.ones(x.shape[1], dtype=embedded.dtype, device=embedded.device)
        return self.rho(torch.einsum("bnh,n->bh", embedded, ones))
