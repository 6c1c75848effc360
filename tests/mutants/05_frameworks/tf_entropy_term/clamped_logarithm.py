# Mutant: clamps the argument of the logarithm instead of branching: -p ln(max(p, 1e-300)) is not 0 for negative p.
@tf.function
def entropy_term(p):
    """-p ln p for p > 0, else 0, with a finite gradient everywhere."""
    return -p * tf.math.log(tf.maximum(p, tf.constant(1e-300, p.dtype)))
