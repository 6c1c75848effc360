# Mutant: appends the norm at the beginning of every epoch, so the last entry misses the last epoch's update.
class WeightNormHistory(keras.callbacks.Callback):
    """Records the norm of all kernels before training and after every epoch in self.norms."""

    def __init__(self):
        super().__init__()
        self.norms = []

    def kernel_norm(self):
        """sqrt(sum of the squares of all entries of all kernels of self.model), a Python float."""
        total = 0.0
        for layer in self.model.layers:
            kernel = getattr(layer, "kernel", None)
            if kernel is not None:
                total += float(tf.reduce_sum(tf.square(kernel)))
        return float(np.sqrt(total))

    def on_train_begin(self, logs=None):
        self.norms = [self.kernel_norm()]

    def on_epoch_begin(self, epoch, logs=None):
        self.norms.append(self.kernel_norm())
