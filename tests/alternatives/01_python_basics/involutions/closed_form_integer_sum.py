# Alternative: the closed form, choosing k disjoint pairs: sum over k of n! / ((n - 2k)! 2^k k!), in exact integer arithmetic with math.comb
def number_of_involutions(n: int) -> int:
    """Number of permutations of n elements that are their own inverse."""
    # comb(n, 2k) ways to pick the moved elements, (2k)! / (2^k k!) ways to pair them up.
    return sum(math.comb(n, 2 * k) * math.factorial(2 * k) // (2 ** k * math.factorial(k))
               for k in range(n // 2 + 1))
