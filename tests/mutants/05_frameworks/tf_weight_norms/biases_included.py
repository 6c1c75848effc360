# Mutant: takes the norm of all trainable weights, biases included (they start at zero, so only later entries differ).
class WeightNormHistory(keras.callbacks.Callback):
    """Records the norm of all kernels before training and after every epoch in self.norms."""

    def __init__(self):
        super().__init__()
        self.norms = []

    def kernel_norm(self):
        """sqrt(sum of the squares of all entries of all kernels of self.model), a Python float."""
        total = 0.0
        for weight in self.model.trainable_weights:
            total += float(tf.reduce_sum(tf.square(weight)))
        return float(np.sqrt(total))

    def on_train_begin(self, logs=None):
        self.norms = [self.kernel_norm()]

    def on_epoch_end(self, epoch, logs=None):
        self.norms.append(self.kernel_norm())
