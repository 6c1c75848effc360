# Alternative: selects the kernels among model.weights by their name and takes one numpy norm of all their entries concatenated.
class WeightNormHistory(keras.callbacks.Callback):
    """Records the norm of all kernels before training and after every epoch in self.norms."""

    def __init__(self):
        super().__init__()
        self.norms = []

    def _norm(self):
        kernels = [np.ravel(np.asarray(w)) for w in self.model.weights if w.name == "kernel"]
        return float(np.linalg.norm(np.concatenate(kernels)))

    def on_train_begin(self, logs=None):
        self.norms = []
        self.norms.append(self._norm())

    def on_epoch_end(self, epoch, logs=None):
        self.norms = self.norms + [self._norm()]
