# Mutant: tf.square of the Python list of kernels: kernels of different shapes cannot be stacked into one tensor.
class WeightNormHistory(keras.callbacks.Callback):
    """Records the norm of all kernels before training and after every epoch in self.norms."""

    def __init__(self):
        super().__init__()
        self.norms = []

    def kernel_norm(self):
        """sqrt(sum of the squares of all entries of all kernels of self.model), a Python float."""
        kernels = [layer.kernel for layer in self.model.layers if hasattr(layer, "kernel")]
        return float(tf.sqrt(tf.reduce_sum(tf.square(kernels))))

    def on_train_begin(self, logs=None):
        self.norms = [self.kernel_norm()]

    def on_epoch_end(self, epoch, logs=None):
        self.norms.append(self.kernel_norm())
