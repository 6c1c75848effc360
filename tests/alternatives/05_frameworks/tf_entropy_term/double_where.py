# Alternative: the double-where guard: the logarithm only ever sees a safe value (1 where p <= 0), so the unselected branch has a finite gradient and tf.where selects without NaN.
@tf.function
def entropy_term(p):
    """-p ln p for p > 0, else 0, with a finite gradient everywhere."""
    positive = p > 0
    safe = tf.where(positive, p, tf.ones_like(p))
    return tf.where(positive, -safe * tf.math.log(safe), tf.zeros_like(p))
