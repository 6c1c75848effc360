# Alternative: layers as named attributes, ReLU/pooling/dropout as functions (F.dropout with training=self.training)
class DigitsCNN(nn.Module):
    """conv(1->16) + batch norm + ReLU + max-pool, conv(16->32) + ReLU + max-pool, dropout, linear(128->10)."""

    def __init__(self):
        super().__init__()
        self.conv_a = nn.Conv2d(1, 16, 3, padding=1)
        self.norm_a = nn.BatchNorm2d(16)
        self.conv_b = nn.Conv2d(16, 32, 3, padding=1)
        self.readout = nn.Linear(128, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.norm_a(self.conv_a(x))), kernel_size=2)
        x = F.max_pool2d(F.relu(self.conv_b(x)), kernel_size=2)
        x = torch.flatten(x, start_dim=1)
        return self.readout(F.dropout(x, p=0.25, training=self.training))
