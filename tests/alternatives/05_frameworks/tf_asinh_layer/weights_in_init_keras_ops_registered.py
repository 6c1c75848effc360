# Alternative: weights created in __init__ (they do not depend on the input shape), keras.ops for the maths, and the class registered with keras.saving.register_keras_serializable.
@keras.saving.register_keras_serializable(package="alternative")
class AsinhLayer(keras.layers.Layer):
    """y = A * asinh(B * x) (or A * atan(B * x)) with learned scalars A and B."""

    def __init__(self, nonlinearity="asinh", a_initial=1.0, b_initial=1.0, **kwargs):
        if nonlinearity == "asinh":
            self.squash = keras.ops.arcsinh
        elif nonlinearity == "atan":
            self.squash = keras.ops.arctan
        else:
            raise ValueError("nonlinearity must be 'asinh' or 'atan', not " + repr(nonlinearity))
        super().__init__(**kwargs)
        self.nonlinearity, self.a_initial, self.b_initial = nonlinearity, a_initial, b_initial
        self.a = self.add_weight(shape=(), initializer=keras.initializers.Constant(a_initial), name="A")
        self.b = self.add_weight(shape=(), initializer=keras.initializers.Constant(b_initial), name="B")

    def call(self, x):
        return keras.ops.multiply(self.a, self.squash(keras.ops.multiply(self.b, x)))

    def get_config(self):
        config = super().get_config()
        config.update(nonlinearity=self.nonlinearity, a_initial=self.a_initial, b_initial=self.b_initial)
        return config
