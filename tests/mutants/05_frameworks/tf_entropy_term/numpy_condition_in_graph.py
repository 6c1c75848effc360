# Mutant: the condition is decided in Python with p.numpy(), which a symbolic tensor inside tf.function does not have.
@tf.function
def entropy_term(p):
    """-p ln p for p > 0, else 0, with a finite gradient everywhere."""
    if p.numpy() > 0:
        return -p * tf.math.log(p)
    else:
        return tf.zeros_like(p)
