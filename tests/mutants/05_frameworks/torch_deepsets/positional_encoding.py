# Mutant: adds each element's position in the list to its features (a positional encoding), breaking invariance
class DeepSets(nn.Module):
    """rho(sum_i phi(x_i)): a permutation-invariant model of sets, x of shape (B, n, d_in) -> (B, d_out)."""

    def __init__(self, d_in, hidden=64, d_out=1):
        super().__init__()
        self.phi = nn.Sequential(nn.Linear(d_in, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.rho = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, d_out))

    def forward(self, x):
        position = torch.arange(x.shape[1], dtype=x.dtype, device=x.device)[None, :, None] / x.shape[1]
        return self.rho(self.phi(x + position).sum(dim=1))
