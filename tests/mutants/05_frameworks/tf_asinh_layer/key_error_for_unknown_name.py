# Mutant: looks the nonlinearity up in a dict without checking, so an unknown name raises KeyError, not ValueError.
class AsinhLayer(keras.layers.Layer):
    """y = A * asinh(B * x) (or A * atan(B * x)) with learned scalars A and B."""

    def __init__(self, nonlinearity="asinh", a_initial=1.0, b_initial=1.0, **kwargs):
        super().__init__(**kwargs)
        functions = {"asinh": tf.math.asinh, "atan": tf.math.atan}
        self.nonlinearity = nonlinearity
        self.function = functions[nonlinearity]
        self.a_initial = float(a_initial)
        self.b_initial = float(b_initial)

    def build(self, input_shape):
        """Create the trainable scalar weights self.a and self.b."""
        self.a = self.add_weight(name="a", shape=(), initializer=keras.initializers.Constant(self.a_initial),
                                 trainable=True)
        self.b = self.add_weight(name="b", shape=(), initializer=keras.initializers.Constant(self.b_initial),
                                 trainable=True)

    def call(self, inputs):
        return self.a * self.function(self.b * inputs)

    def get_config(self):
        return {**super().get_config(), "nonlinearity": self.nonlinearity, "a_initial": self.a_initial,
                "b_initial": self.b_initial}
