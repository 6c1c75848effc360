# Mutant: sums the raw elements first and embeds the sum (phi after the pooling)
class DeepSets(nn.Module):
    """rho(sum_i phi(x_i)): a permutation-invariant model of sets, x of shape (B, n, d_in) -> (B, d_out)."""

    def __init__(self, d_in, hidden=64, d_out=1):
        super().__init__()
        self.phi = nn.Sequential(nn.Linear(d_in, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.rho = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, d_out))

    def forward(self, x):
        return self.rho(self.phi(x.sum(dim=1)))
