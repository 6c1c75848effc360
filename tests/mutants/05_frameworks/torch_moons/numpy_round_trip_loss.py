# Mutant: computes the loss from a numpy copy of the logits, which is cut from the graph (no gradient flows)
class MoonsMLP(nn.Module):
    """2 -> hidden -> hidden -> 1 with ReLU; returns logits of shape (N, 1)."""

    def __init__(self, hidden=32):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(2, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(),
                                    nn.Linear(hidden, 1))

    def forward(self, x):
        return self.layers(x)


def train_moons(model, x, y, steps=300, lr=1e-2):
    """Full-batch Adam on the mean binary cross entropy; returns the loss of every step (before its update)."""
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        logits = torch.tensor(model(x)[:, 0].detach().cpu().numpy(), device=y.device, requires_grad=True)
        loss = F.binary_cross_entropy_with_logits(logits, y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
