# Mutant: the constant branch returns a float64 zero whatever the dtype of p, so tf.cond fails for float32 inputs.
@tf.function
def entropy_term(p):
    """-p ln p for p > 0, else 0, with a finite gradient everywhere."""
    if p > 0:
        return -p * tf.math.log(p)
    else:
        return tf.constant(0.0, tf.float64)
