# Mutant: the student uses the closed form sum_k n! / ((n-2k)! 2^k k!) with true division /, which gives floats that are exact for small n but lose digits (and the int type) for large n.
def number_of_involutions(n: int) -> int:
    """Number of permutations of n elements that are their own inverse."""
    return sum(math.factorial(n) / (math.factorial(n - 2 * k) * 2**k * math.factorial(k)) for k in range(n // 2 + 1))
