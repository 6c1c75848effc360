# Mutant: F.dropout without training=self.training, so dropout stays on in evaluation mode
class DigitsCNN(nn.Module):
    """conv(1->16) + batch norm + ReLU + max-pool, conv(16->32) + ReLU + max-pool, dropout, linear(128->10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.norm = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.out = nn.Linear(128, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.norm(self.conv1(x))), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.out(F.dropout(x.flatten(1), p=0.25))
