# Mutant: tf.function(autograph=False): the Python if on a tensor is not converted to tf.cond and raises while tracing.
@tf.function(autograph=False)
def entropy_term(p):
    """-p ln p for p > 0, else 0, with a finite gradient everywhere."""
    if p > 0:
        return -p * tf.math.log(p)
    else:
        return tf.zeros_like(p)
