# Mutant: A and B are made with trainable=False, so they are not trained and the tape does not watch them.
class AsinhLayer(keras.layers.Layer):
    """y = A * asinh(B * x) (or A * atan(B * x)) with learned scalars A and B."""

    def __init__(self, nonlinearity="asinh", a_initial=1.0, b_initial=1.0, **kwargs):
        super().__init__(**kwargs)
        functions = {"asinh": tf.math.asinh, "atan": tf.math.atan}
        if nonlinearity not in functions:
            raise ValueError(f"unknown nonlinearity {nonlinearity!r}: use one of {sorted(functions)}")
        self.nonlinearity = nonlinearity
        self.function = functions[nonlinearity]
        self.a_initial = float(a_initial)
        self.b_initial = float(b_initial)

    def build(self, input_shape):
        """Create the trainable scalar weights self.a and self.b."""
        self.a = self.add_weight(name="a", shape=(), initializer=keras.initializers.Constant(self.a_initial),
                                 trainable=False)
        self.b = self.add_weight(name="b", shape=(), initializer=keras.initializers.Constant(self.b_initial),
                                 trainable=False)

    def call(self, inputs):
        return self.a * self.function(self.b * inputs)

    def get_config(self):
        return {**super().get_config(), "nonlinearity": self.nonlinearity, "a_initial": self.a_initial,
                "b_initial": self.b_initial}
