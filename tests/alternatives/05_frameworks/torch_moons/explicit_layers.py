# Alternative: named Linear attributes with F.relu, nn.BCEWithLogitsLoss on (N, 1) shapes, gradients zeroed in place
class MoonsMLP(nn.Module):
    """2 -> hidden -> hidden -> 1 with ReLU; returns logits of shape (N, 1)."""

    def __init__(self, hidden=32):
        super().__init__()
        self.input_layer = nn.Linear(2, hidden)
        self.hidden_layer = nn.Linear(hidden, hidden)
        self.output_layer = nn.Linear(hidden, 1)

    def forward(self, x):
        h = F.relu(self.input_layer(x))
        h = F.relu(self.hidden_layer(h))
        return self.output_layer(h)


def train_moons(model, x, y, steps=300, lr=1e-2):
    """Full-batch Adam on the mean binary cross entropy; returns the loss of every step (before its update)."""
    criterion = nn.BCEWithLogitsLoss()
    adam = torch.optim.Adam(model.parameters(), lr=lr)
    targets = y.reshape(-1, 1)
    recorded = []
    for step in range(steps):
        adam.zero_grad(set_to_none=False)
        loss = criterion(model(x), targets)
        recorded.append(float(loss.detach()))
        loss.backward()
        adam.step()
    return recorded
